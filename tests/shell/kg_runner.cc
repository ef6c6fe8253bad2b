#include "tests/shell/kg_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace kg::testing {
namespace {

std::vector<std::string>& TempDirs() {
  static auto* dirs = new std::vector<std::string>();
  static bool registered = [] {
    std::atexit([] {
      for (const auto& d : TempDirs()) std::filesystem::remove_all(d);
    });
    return true;
  }();
  (void)registered;
  return *dirs;
}

}  // namespace

std::string MakeTempDir() {
  std::string templ = (std::filesystem::temp_directory_path() / "kg_shell_test_XXXXXX").string();
  if (mkdtemp(templ.data()) == nullptr) return "";
  TempDirs().push_back(templ);
  return templ;
}

bool WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

RunResult RunKg(const std::vector<std::string>& args, const std::string& stdin_text) {
  RunResult result;
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) return result;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(err_pipe[1], 2);
    for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}) close(fd);
    std::vector<char*> argv;
    std::string binary = KG_BINARY;
    argv.push_back(binary.data());
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  signal(SIGPIPE, SIG_IGN);
  // Feed stdin and drain stdout/stderr together so no pipe fills up.
  size_t fed = 0;
  if (stdin_text.empty()) {
    close(in_pipe[1]);
    in_pipe[1] = -1;
  }
  bool out_open = true, err_open = true;
  char buf[8192];
  while (out_open || err_open) {
    pollfd fds[3] = {{out_pipe[0], static_cast<short>(out_open ? POLLIN : 0), 0},
                     {err_pipe[0], static_cast<short>(err_open ? POLLIN : 0), 0},
                     {in_pipe[1], static_cast<short>(in_pipe[1] >= 0 ? POLLOUT : 0), 0}};
    if (poll(fds, 3, 60000) <= 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].revents & (POLLIN | POLLHUP)) {
        ssize_t n = read(fds[i].fd, buf, sizeof buf);
        if (n <= 0) {
          (i == 0 ? out_open : err_open) = false;
        } else {
          (i == 0 ? result.out : result.err).append(buf, static_cast<size_t>(n));
        }
      }
    }
    if (in_pipe[1] >= 0 && (fds[2].revents & (POLLOUT | POLLERR))) {
      ssize_t n = write(in_pipe[1], stdin_text.data() + fed, stdin_text.size() - fed);
      if (n > 0) fed += static_cast<size_t>(n);
      if (n <= 0 || fed == stdin_text.size()) {
        close(in_pipe[1]);
        in_pipe[1] = -1;
      }
    }
  }
  if (in_pipe[1] >= 0) close(in_pipe[1]);
  close(out_pipe[0]);
  close(err_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

std::string FixtureStore(std::string* error) {
  static std::string path;
  static std::string failure;
  static bool done = false;
  if (!done) {
    done = true;
    std::string dir = MakeTempDir();
    RunResult r = RunKg({"import", "--db", dir + "/db", std::string(KG_SOURCE_DIR) + "/tests/shell/fixture.nt"});
    if (r.exit_code == 0) {
      path = dir + "/db";
    } else {
      failure = "kg import fixture.nt failed (exit " + std::to_string(r.exit_code) + "): " + r.err;
    }
  }
  if (error != nullptr) *error = failure;
  return path;
}

}  // namespace kg::testing
