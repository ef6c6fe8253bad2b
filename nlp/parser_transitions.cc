#include "nlp/parser_transitions.h"

#include <algorithm>

namespace kg::nlp::parse {
namespace {

inline uint64_t Fmix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}
inline uint64_t H(uint64_t t, uint64_t a) { return Fmix(t * 0x9E3779B97F4A7C15ULL ^ Fmix(a + 1)); }
inline uint64_t H(uint64_t t, uint64_t a, uint64_t b) { return Fmix(H(t, a) ^ (b * 0xC2B2AE3D27D4EB4FULL + 7)); }
inline uint64_t H(uint64_t t, uint64_t a, uint64_t b, uint64_t c) {
  return Fmix(H(t, a, b) ^ (c * 0x165667B19E3779F9ULL + 13));
}

constexpr uint64_t kNoWord = 0x1234567;
constexpr uint64_t kNoLabel = 127;

inline int DistBucket(int d) {
  if (d <= 0) return 0;
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}
inline int Bucket(int v) { return v > 6 ? 6 : v; }

}  // namespace

uint64_t HashString(const std::string& s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

static std::string Normalise(const std::string& form) {
  std::string s = form;
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c >= '0' && c <= '9') c = '9';
  }
  return s;
}

uint64_t WordKey(const std::string& form) { return HashString(Normalise(form)); }

uint64_t SuffixKey(const std::string& form) {
  std::string s = Normalise(form);
  if (s.size() > 3) s = s.substr(s.size() - 3);
  return HashString(s) ^ 0x55;
}

State::State(int n) : n_(n) {
  const size_t sz = static_cast<size_t>(n) + 1;
  head_.assign(sz, -1);
  label_.assign(sz, -1);
  lm1_.assign(sz, -1);
  lm2_.assign(sz, -1);
  rm1_.assign(sz, -1);
  rm2_.assign(sz, -1);
  nl_.assign(sz, 0);
  nr_.assign(sz, 0);
  lmask_.assign(sz, 0);
  rmask_.assign(sz, 0);
  stack_.reserve(sz);
  stack_.push_back(0);
}

bool State::Valid(int a) const {
  if (b_ > n_) return false;
  const int s = stack_.back();
  if (a == kShift) return true;
  if (a == kReduce) return s != 0 && head_[s] != -1;
  if (IsLeftArc(a)) return s != 0 && head_[s] == -1;
  return !(s == 0 && root_has_child_);
}

void State::AddArc(int h, int d, int label) {
  head_[d] = h;
  label_[d] = label;
  const uint64_t bit = 1ULL << (label & 63);
  if (d < h) {
    if (lm1_[h] == -1 || d < lm1_[h]) { lm2_[h] = lm1_[h]; lm1_[h] = d; }
    else if (lm2_[h] == -1 || d < lm2_[h]) lm2_[h] = d;
    ++nl_[h];
    lmask_[h] |= bit;
  } else {
    if (rm1_[h] == -1 || d > rm1_[h]) { rm2_[h] = rm1_[h]; rm1_[h] = d; }
    else if (rm2_[h] == -1 || d > rm2_[h]) rm2_[h] = d;
    ++nr_[h];
    rmask_[h] |= bit;
  }
}

void State::Apply(int a) {
  const int s = stack_.back();
  if (a == kShift) {
    stack_.push_back(b_++);
  } else if (a == kReduce) {
    stack_.pop_back();
  } else if (IsLeftArc(a)) {
    AddArc(b_, s, LabelOf(a));
    stack_.pop_back();
  } else {
    AddArc(s, b_, LabelOf(a));
    if (s == 0) root_has_child_ = true;
    stack_.push_back(b_++);
  }
}

int State::Features(const SentenceInput& in, uint64_t* f) const {
  const int s0 = stack_.back();
  const int s1 = stack_.size() >= 2 ? stack_[stack_.size() - 2] : -1;
  const int n0 = b_ <= n_ ? b_ : -1;
  const int n1 = b_ + 1 <= n_ ? b_ + 1 : -1;
  const int n2 = b_ + 2 <= n_ ? b_ + 2 : -1;
  const int s0h = head_[s0];
  const int s0h2 = s0h >= 0 ? head_[s0h] : -1;
  const int s0l = lm1_[s0], s0l2 = lm2_[s0], s0r = rm1_[s0], s0r2 = rm2_[s0];
  const int n0l = n0 >= 0 ? lm1_[n0] : -1, n0l2 = n0 >= 0 ? lm2_[n0] : -1;
  auto W = [&](int i) -> uint64_t { return i < 0 ? kNoWord : in.word[i]; };
  auto P = [&](int i) -> uint64_t { return i < 0 ? 0 : in.tag[i]; };
  auto L = [&](int i) -> uint64_t { return i < 0 || label_[i] < 0 ? kNoLabel : static_cast<uint64_t>(label_[i]); };
  const uint64_t s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0), n1w = W(n1), n1p = P(n1);
  const uint64_t n2w = W(n2), n2p = P(n2), s1w = W(s1), s1p = P(s1);
  const uint64_t s0wp = H(0, s0w, s0p), n0wp = H(0, n0w, n0p), n1wp = H(0, n1w, n1p), n2wp = H(0, n2w, n2p);
  const uint64_t d = n0 >= 0 ? static_cast<uint64_t>(DistBucket(n0 - s0)) : 0;
  int k = 0;
  f[k++] = H(1, 1);  // bias
  f[k++] = H(2, s0wp);
  f[k++] = H(3, s0w);
  f[k++] = H(4, s0p);
  f[k++] = H(5, n0wp);
  f[k++] = H(6, n0w);
  f[k++] = H(7, n0p);
  f[k++] = H(8, n1wp);
  f[k++] = H(9, n1w);
  f[k++] = H(10, n1p);
  f[k++] = H(11, n2wp);
  f[k++] = H(12, n2w);
  f[k++] = H(13, n2p);
  f[k++] = H(14, s0wp, n0wp);
  f[k++] = H(15, s0wp, n0w);
  f[k++] = H(16, s0w, n0wp);
  f[k++] = H(17, s0wp, n0p);
  f[k++] = H(18, s0p, n0wp);
  f[k++] = H(19, s0w, n0w);
  f[k++] = H(20, s0p, n0p);
  f[k++] = H(21, n0p, n1p);
  f[k++] = H(22, n0p, n1p, n2p);
  f[k++] = H(23, s0p, n0p, n1p);
  f[k++] = H(24, P(s0h), s0p, n0p);
  f[k++] = H(25, s0p, P(s0l), n0p);
  f[k++] = H(26, s0p, P(s0r), n0p);
  f[k++] = H(27, s0p, n0p, P(n0l));
  f[k++] = H(28, s0w, d);
  f[k++] = H(29, s0p, d);
  f[k++] = H(30, n0w, d);
  f[k++] = H(31, n0p, d);
  f[k++] = H(32, s0w, n0w, d);
  f[k++] = H(33, s0p, n0p, d);
  f[k++] = H(34, s0w, Bucket(nr_[s0]));
  f[k++] = H(35, s0p, Bucket(nr_[s0]));
  f[k++] = H(36, s0w, Bucket(nl_[s0]));
  f[k++] = H(37, s0p, Bucket(nl_[s0]));
  f[k++] = H(38, n0w, n0 >= 0 ? Bucket(nl_[n0]) : 0);
  f[k++] = H(39, n0p, n0 >= 0 ? Bucket(nl_[n0]) : 0);
  f[k++] = H(40, W(s0h));
  f[k++] = H(41, P(s0h));
  f[k++] = H(42, L(s0));
  f[k++] = H(43, W(s0l));
  f[k++] = H(44, P(s0l));
  f[k++] = H(45, L(s0l));
  f[k++] = H(46, W(s0r));
  f[k++] = H(47, P(s0r));
  f[k++] = H(48, L(s0r));
  f[k++] = H(49, W(n0l));
  f[k++] = H(50, P(n0l));
  f[k++] = H(51, L(n0l));
  f[k++] = H(52, W(s0h2));
  f[k++] = H(53, P(s0h2));
  f[k++] = H(54, L(s0h));
  f[k++] = H(55, W(s0l2));
  f[k++] = H(56, P(s0l2));
  f[k++] = H(57, L(s0l2));
  f[k++] = H(58, W(s0r2));
  f[k++] = H(59, P(s0r2));
  f[k++] = H(60, L(s0r2));
  f[k++] = H(61, W(n0l2));
  f[k++] = H(62, P(n0l2));
  f[k++] = H(63, L(n0l2));
  f[k++] = H(64, s0p, P(s0l), P(s0l2));
  f[k++] = H(65, s0p, P(s0r), P(s0r2));
  f[k++] = H(66, s0p, P(s0h), P(s0h2));
  f[k++] = H(67, n0p, P(n0l), P(n0l2));
  f[k++] = H(68, s0w, rmask_[s0]);
  f[k++] = H(69, s0p, rmask_[s0]);
  f[k++] = H(70, s0w, lmask_[s0]);
  f[k++] = H(71, s0p, lmask_[s0]);
  f[k++] = H(72, n0w, n0 >= 0 ? lmask_[n0] : 0);
  f[k++] = H(73, n0p, n0 >= 0 ? lmask_[n0] : 0);
  // Beyond Zhang & Nivre: the second stack word, suffixes for unseen words.
  f[k++] = H(74, s1p);
  f[k++] = H(75, s1w);
  f[k++] = H(76, s1p, s0p, n0p);
  f[k++] = H(77, s1w, s0p);
  f[k++] = H(78, s1p, L(s1));
  f[k++] = H(79, n0 >= 0 ? in.suffix[n0] : 0, n0p);
  f[k++] = H(80, s0 > 0 ? in.suffix[s0] : 0, s0p);
  f[k++] = H(81, s0p, n0p, L(s0));
  f[k++] = H(82, n0p, n1p, n1 >= 0 ? in.suffix[n1] : 0);
  f[k++] = H(83, s0p, s0 > 0 ? P(s0 - 1) : 0, n0p);
  f[k++] = H(84, s0p, n0p, n0 > 1 ? P(n0 - 1) : 0);
  auto U = [&](int i) -> uint64_t { return i < 0 ? 0 : in.upos[i]; };
  const uint64_t s0u = U(s0), n0u = U(n0), n1u = U(n1);
  f[k++] = H(85, s0u, n0u);
  f[k++] = H(86, s0u, n0u, n1u);
  f[k++] = H(87, U(s1), s0u, n0u);
  f[k++] = H(88, s0w, n0u);
  f[k++] = H(89, s0u, n0w);
  f[k++] = H(90, n0u, n1u, U(n2));
  return k;
}

void State::Costs(const std::vector<int>& gh, const std::vector<int>& gl, int n_actions, int* costs) const {
  const int s = stack_.back();
  const int b = b_;
  // Gold arcs between b and the stack, and between s and the buffer.
  int b_head_in_stack = 0, b_head_in_stack_below_s = 0, b_deps_headless_in_stack = 0;
  for (int k : stack_) {
    if (gh[b] == k) {
      ++b_head_in_stack;
      if (k != s) ++b_head_in_stack_below_s;
    }
    if (k != 0 && head_[k] == -1 && gh[k] == b) ++b_deps_headless_in_stack;
  }
  int b_head_in_buffer_after = gh[b] > b ? 1 : 0;
  int s_deps_in_buffer = 0;
  for (int k = b; k <= n_; ++k) {
    if (gh[k] == s) ++s_deps_in_buffer;
  }
  const int s_head_in_buffer_after = (s != 0 && gh[s] > b) ? 1 : 0;
  for (int a = 0; a < n_actions; ++a) {
    if (!Valid(a)) continue;
    if (a == kShift) {
      costs[a] = b_head_in_stack + b_deps_headless_in_stack;
    } else if (a == kReduce) {
      costs[a] = s_deps_in_buffer;
    } else if (IsLeftArc(a)) {
      costs[a] = s_deps_in_buffer + s_head_in_buffer_after + (gh[s] == b && gl[s] != LabelOf(a) ? 1 : 0);
    } else {
      costs[a] = b_head_in_stack_below_s + b_head_in_buffer_after + b_deps_headless_in_stack +
                 (gh[b] == s && gl[b] != LabelOf(a) ? 1 : 0);
    }
  }
}

void State::FinishTree(const std::vector<bool>& is_punct, int dep_label, int punct_label, int root_label) {
  int root = -1;
  for (int i = 1; i <= n_; ++i) {
    if (head_[i] == 0) { root = i; break; }
  }
  for (int i = 1; i <= n_; ++i) {
    if (head_[i] != -1) continue;
    if (root == -1) {
      root = i;
      head_[i] = 0;
      label_[i] = root_label;
    } else {
      head_[i] = root;
      label_[i] = is_punct[i] ? punct_label : dep_label;
    }
  }
}

void Projectivize(std::vector<int>* heads_ptr) {
  std::vector<int>& h = *heads_ptr;
  const int n = static_cast<int>(h.size()) - 1;
  auto dominated = [&](int k, int anc) {
    for (int x = k, steps = 0; x > 0 && steps <= n; x = h[x], ++steps) {
      if (h[x] == anc) return true;
    }
    return false;
  };
  for (int iter = 0; iter < 4 * n + 4; ++iter) {
    int best = -1, best_len = 1 << 30;
    for (int d = 1; d <= n; ++d) {
      const int hd = h[d];
      if (hd < 0) continue;
      const int lo = std::min(hd, d), hi = std::max(hd, d);
      bool nonproj = false;
      for (int k = lo + 1; k < hi && !nonproj; ++k) {
        if (!dominated(k, hd)) nonproj = true;
      }
      if (nonproj && hi - lo < best_len) { best = d; best_len = hi - lo; }
    }
    if (best == -1) return;
    if (h[h[best]] < 0 && h[best] == 0) return;  // cannot lift above ROOT
    h[best] = h[h[best]];
  }
}

}  // namespace kg::nlp::parse
