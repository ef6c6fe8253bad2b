#include "util/status.h"

#include <gtest/gtest.h>

namespace kg {
namespace {

Result<int> Half(int x) {
  if (x % 2) return Status::InvalidArgument("odd");
  return x / 2;
}

TEST(StatusTest, CarriesCodeAndMessage) {
  EXPECT_TRUE(Status::Ok().ok());
  Status s = Status::Locked("store x is locked");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kLocked);
  EXPECT_EQ(s.ToString(), "locked: store x is locked");
}

TEST(ResultTest, HoldsValueOrStatus) {
  auto r = Half(4);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value(), 2);
  auto e = Half(3);
  EXPECT_FALSE(e.ok());
  EXPECT_EQ(e.status().message(), "odd");
}

}  // namespace
}  // namespace kg
