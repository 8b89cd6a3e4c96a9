#include "execution_environment.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <ostream>
#include <random>
#include <sstream>
#include <signal.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

extern char **environ;

namespace hoist::runtime {
namespace {

using Clock = std::chrono::steady_clock;
// How often a waiting invoke looks at the process (alive? memory?).
constexpr auto kWatchInterval = std::chrono::milliseconds(5);

double milliseconds_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start)
      .count();
}

std::int64_t epoch_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string random_hex(std::mt19937_64 &random, int digits) {
  static const char *kHex = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < digits; ++i)
    out += kHex[random() % 16];
  return out;
}

std::mt19937_64 &random_source() {
  thread_local std::mt19937_64 random{std::random_device{}()};
  return random;
}

std::string random_request_id() {
  auto &random = random_source();
  return random_hex(random, 8) + "-" + random_hex(random, 4) + "-4" +
         random_hex(random, 3) + "-a" + random_hex(random, 3) + "-" +
         random_hex(random, 12);
}

std::string trace_id() {
  auto &random = random_source();
  char seconds[9];
  std::snprintf(seconds, sizeof seconds, "%08llx",
                static_cast<unsigned long long>(epoch_ms() / 1000) &
                    0xffffffffULL);
  return "Root=1-" + std::string(seconds) + "-" + random_hex(random, 24) +
         ";Parent=" + random_hex(random, 16) + ";Sampled=0";
}

std::string error_document(const std::string &type,
                           const std::string &message) {
  return nlohmann::json{{"errorType", type}, {"errorMessage", message}}.dump();
}

std::string format_ms(double ms) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", ms);
  return text;
}

} // namespace

const char *status_name(InvokeStatus status) {
  switch (status) {
  case InvokeStatus::Success:
    return "success";
  case InvokeStatus::FunctionError:
    return "error";
  case InvokeStatus::InitError:
    return "init error";
  case InvokeStatus::Timeout:
    return "timeout";
  case InvokeStatus::ProcessExit:
    return "runtime exited";
  case InvokeStatus::OutOfMemory:
    return "out of memory";
  case InvokeStatus::RequestTooLarge:
    return "request too large";
  }
  return "unknown";
}

ExecutionEnvironment::ExecutionEnvironment(FunctionSettings settings,
                                           std::ostream &log)
    : settings_(std::move(settings)), log_(log),
      server_(
          broker_, [this] { return processes(); },
          [this](const std::string &message) { warn(message); }),
      endpoint_([this](const std::string &event, const std::string &context) {
        InvokeRecord record = invoke({event, {}, context, {}});
        InvokeReply reply;
        reply.body = record.payload;
        if (record.status == InvokeStatus::RequestTooLarge)
          reply.status = 413;
        else if (record.status != InvokeStatus::Success)
          reply.function_error = "Unhandled";
        return reply;
      }) {}

ExecutionEnvironment::~ExecutionEnvironment() { stop(); }

bool ExecutionEnvironment::start(std::string &error) {
  return server_.start(error);
}

bool ExecutionEnvironment::serve_invocations(int port, std::string &error) {
  return endpoint_.start(port, error);
}

std::vector<pid_t> ExecutionEnvironment::processes() const {
  std::lock_guard lock(processes_mutex_);
  return tree_ ? tree_->members() : std::vector<pid_t>{};
}

void ExecutionEnvironment::warn(const std::string &message) {
  std::lock_guard lock(log_mutex_);
  log_ << "hoist: " + message + "\n";
  log_.flush();
}

namespace {

// A turn to invoke, taken in the order asked for.
class Turn {
public:
  Turn(std::mutex &mutex, std::condition_variable &changed,
       std::uint64_t &next, std::uint64_t &serving)
      : mutex_(mutex), changed_(changed), serving_(serving) {
    std::unique_lock lock(mutex_);
    const std::uint64_t ticket = next++;
    changed_.wait(lock, [&] { return serving_ == ticket; });
  }
  ~Turn() {
    std::lock_guard lock(mutex_);
    ++serving_;
    changed_.notify_all();
  }

private:
  std::mutex &mutex_;
  std::condition_variable &changed_;
  std::uint64_t &serving_;
};

} // namespace

void ExecutionEnvironment::stop() {
  // Release a running invoke, wait for it to give up its turn, then end the
  // process before it can see its Runtime API go away.
  broker_.close();
  endpoint_.stop();
  {
    Turn turn(turns_mutex_, turns_changed_, next_ticket_, serving_);
    kill_process();
  }
  server_.stop();
}

bool ExecutionEnvironment::spawn(std::string &error) {
  if (settings_.command.empty()) {
    error = "no runtime command";
    return false;
  }
  // Lambda's environment, not the caller's: no real credentials leak in,
  // and no SDK may reach for the instance-metadata service.
  const std::string memory = std::to_string(settings_.memory_mb);
  std::vector<std::pair<std::string, std::string>> variables = {
      {"PATH",
       getenv("PATH") ? getenv("PATH") : "/usr/local/bin:/usr/bin:/bin"},
      {"LANG", "C.UTF-8"},
      {"TZ", ":UTC"},
      {"AWS_LAMBDA_RUNTIME_API", server_.address()},
      {"_HANDLER", settings_.handler},
      {"LAMBDA_TASK_ROOT", settings_.task_root.string()},
      {"AWS_REGION", settings_.region},
      {"AWS_DEFAULT_REGION", settings_.region},
      {"AWS_LAMBDA_FUNCTION_NAME", settings_.function_name},
      {"AWS_LAMBDA_FUNCTION_MEMORY_SIZE", memory},
      {"AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"},
      {"AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand"},
      {"AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + settings_.function_name},
      {"AWS_LAMBDA_LOG_STREAM_NAME",
       "hoist/[$LATEST]" + random_hex(random_source(), 32)},
      {"AWS_ACCESS_KEY_ID", "AKIDHOISTLOCAL"},
      {"AWS_SECRET_ACCESS_KEY", "hoist-local-secret"},
      {"AWS_SESSION_TOKEN", "hoist-local-token"},
      {"AWS_EC2_METADATA_DISABLED", "true"},
  };
  if (!settings_.home.empty())
    variables.push_back({"HOME", settings_.home.string()});
  if (!settings_.temporary_directory.empty())
    variables.push_back({"TMPDIR", settings_.temporary_directory.string()});
  // A variable of the same name replaces Lambda's (a function's own TZ), as
  // processes read the first of two.
  for (const auto &variable : settings_.environment) {
    auto same = std::find_if(variables.begin(), variables.end(),
                             [&](const auto &entry) {
                               return entry.first == variable.first;
                             });
    if (same == variables.end())
      variables.push_back(variable);
    else
      same->second = variable.second;
  }
  std::vector<std::string> strings;
  for (const auto &[name, value] : variables)
    strings.push_back(name + "=" + value);
  std::vector<char *> envp;
  for (auto &entry : strings)
    envp.push_back(entry.data());
  envp.push_back(nullptr);
  std::vector<std::string> command = settings_.command;
  std::vector<char *> argv;
  for (auto &argument : command)
    argv.push_back(argument.data());
  argv.push_back(nullptr);
  const std::string root = settings_.task_root.string();
  const std::string output = settings_.output_file.string();
  const bool read_only = settings_.read_only_task_root;
  ProcessTree::adopt_orphans();

  // Everything the child needs is prepared above: after fork, in a threaded
  // program, only async-signal-safe calls.
  pid_t pid = fork();
  if (pid < 0) {
    error = std::string("cannot start the runtime process: ") +
            std::strerror(errno);
    return false;
  }
  if (pid == 0) {
    setpgid(0, 0); // its own group, so a timeout kills what it started too
    // Its own mount namespace, where the task root is read-only (when the
    // system allows; the copy it runs in is read-only by permissions too).
    if (read_only && unshare(CLONE_NEWNS) == 0 &&
        mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0 &&
        mount(root.c_str(), root.c_str(), nullptr, MS_BIND | MS_REC,
              nullptr) == 0)
      mount(nullptr, root.c_str(), nullptr,
            MS_BIND | MS_REMOUNT | MS_RDONLY | MS_REC, nullptr);
    if (!output.empty()) {
      int fd =
          open(output.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
      if (fd >= 0) {
        dup2(fd, 1);
        dup2(fd, 2);
      }
    }
    int null_input = open("/dev/null", O_RDONLY);
    if (null_input >= 0)
      dup2(null_input, 0);
    if (chdir(root.c_str()) != 0)
      _exit(126);
    // A path runs as is; a bare name is looked up on PATH.
    execvpe(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  setpgid(pid, pid);
  std::lock_guard lock(processes_mutex_);
  pid_ = pid;
  tree_ = std::make_unique<ProcessTree>(pid);
  peak_mb_ = 0;
  return true;
}

void ExecutionEnvironment::kill_process() {
  if (pid_ <= 0)
    return;
  ::kill(-pid_, SIGKILL);
  ::kill(pid_, SIGKILL);
  tree_->kill_all_but_root();
  int status = 0;
  struct rusage usage {};
  if (wait4(pid_, &status, 0, &usage) == pid_)
    exited_max_rss_mb_ = static_cast<unsigned>(usage.ru_maxrss / 1024);
  {
    std::lock_guard lock(processes_mutex_);
    pid_ = -1;
    tree_.reset();
  }
  broker_.reset();
}

unsigned ExecutionEnvironment::memory_used_mb(bool max) {
  if (pid_ <= 0)
    return std::max(exited_max_rss_mb_, peak_mb_);
  if (!max) {
    const unsigned now = tree_->memory_mb(settings_.memory_mb);
    peak_mb_ = std::max(peak_mb_, now);
    return now;
  }
  // The runtime process's own peak, or the whole tree's as sampled.
  std::ifstream status("/proc/" + std::to_string(pid_) + "/status");
  std::string line;
  unsigned own_peak = 0;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0)
      own_peak = static_cast<unsigned>(std::stoul(line.substr(6)) / 1024);
  return std::max(own_peak, peak_mb_);
}

std::string ExecutionEnvironment::describe_exit(int status) const {
  if (WIFSIGNALED(status)) {
    const char *name = strsignal(WTERMSIG(status));
    std::string text =
        name ? name : "signal " + std::to_string(WTERMSIG(status));
    for (auto &c : text)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return "signal: " + text;
  }
  return "exit status " + std::to_string(WEXITSTATUS(status));
}

void ExecutionEnvironment::report(const InvokeRecord &record) {
  std::ostringstream lines;
  lines << "END RequestId: " << record.request_id << "\n"
        << "REPORT RequestId: " << record.request_id
        << "\tDuration: " << format_ms(record.duration_ms) << " ms"
        << "\tBilled Duration: "
        << static_cast<long long>(std::ceil(record.duration_ms +
                                            (record.cold ? record.init_ms : 0)))
        << " ms\tMemory Size: " << settings_.memory_mb << " MB"
        << "\tMax Memory Used: " << record.max_memory_mb << " MB";
  if (record.cold)
    lines << "\tInit Duration: " << format_ms(record.init_ms) << " ms";
  if (record.status != InvokeStatus::Success &&
      record.status != InvokeStatus::FunctionError)
    lines << "\tStatus: " << status_name(record.status);
  lines << "\n";
  std::lock_guard lock(log_mutex_);
  log_ << lines.str();
  log_.flush();
}

bool ExecutionEnvironment::stopped(InvokeRecord &record) {
  if (!broker_.closed())
    return false;
  record.status = InvokeStatus::ProcessExit;
  record.error_type = "Runtime.ExitError";
  record.payload = error_document(record.error_type,
                                  "the execution environment was stopped");
  return true;
}

bool ExecutionEnvironment::reaped(InvokeRecord &record) {
  int status = 0;
  struct rusage usage {};
  if (wait4(pid_, &status, WNOHANG, &usage) != pid_)
    return false;
  exited_max_rss_mb_ = static_cast<unsigned>(usage.ru_maxrss / 1024);
  // What the runtime process started dies with it, as the environment is
  // torn down.
  tree_->kill_all_but_root();
  {
    std::lock_guard lock(processes_mutex_);
    pid_ = -1;
    tree_.reset();
  }
  broker_.reset();
  record.status = InvokeStatus::ProcessExit;
  record.error_type = "Runtime.ExitError";
  record.payload = error_document(
      record.error_type,
      "RequestId: " + record.request_id +
          " Error: Runtime exited with error: " + describe_exit(status));
  return true;
}

InvokeRecord ExecutionEnvironment::init(InvokeRecord record) {
  const auto started = Clock::now();
  std::string error;
  record.cold = true;
  if (!spawn(error)) {
    record.status = InvokeStatus::ProcessExit;
    record.error_type = "Runtime.ExitError";
    record.payload = error_document(record.error_type, error);
    return record;
  }
  const auto limit = started + settings_.init_timeout;
  while (!broker_.wait_ready(std::min(limit, Clock::now() + kWatchInterval))) {
    if (stopped(record))
      break;
    if (auto reported = broker_.reported_init_error()) {
      record.status = InvokeStatus::InitError;
      record.payload = reported->payload;
      record.error_type = reported->error_type;
      break;
    }
    if (reaped(record))
      break;
    if (Clock::now() >= limit) {
      record.status = InvokeStatus::Timeout;
      record.error_type = "Sandbox.Timedout";
      record.payload = error_document(
          record.error_type,
          "INIT timed out after " +
              format_ms(settings_.init_timeout.count() / 1000.0) + " seconds");
      break;
    }
  }
  record.init_ms = milliseconds_since(started);
  if (record.status != InvokeStatus::Success) {
    record.max_memory_mb = memory_used_mb(true);
    kill_process(); // the next invoke starts over with INIT
  }
  return record;
}

InvokeRecord ExecutionEnvironment::invoke(const InvokeInput &input) {
  Turn turn(turns_mutex_, turns_changed_, next_ticket_, serving_);
  InvokeRecord record;
  record.request_id =
      input.request_id.empty() ? random_request_id() : input.request_id;
  {
    // Each line in one write: other threads write to the same stream.
    std::lock_guard lock(log_mutex_);
    log_ << "START RequestId: " + record.request_id + " Version: $LATEST\n";
    log_.flush();
  }
  if (stopped(record)) {
    report(record);
    return record;
  }
  if (input.event.size() > kMaxPayloadBytes) {
    record.status = InvokeStatus::RequestTooLarge;
    record.error_type = "RequestEntityTooLargeException";
    record.payload = error_document(
        record.error_type, "Request must be smaller than " +
                               std::to_string(kMaxPayloadBytes) +
                               " bytes for the InvokeFunction operation");
    report(record);
    return record;
  }
  if (pid_ <= 0) {
    record = init(std::move(record));
    if (record.status != InvokeStatus::Success) {
      report(record);
      return record;
    }
  }

  const auto started = Clock::now();
  const auto deadline = started + settings_.timeout;
  Invocation invocation;
  invocation.request_id = record.request_id;
  invocation.event = input.event;
  invocation.deadline_ms = epoch_ms() + settings_.timeout.count();
  invocation.function_arn = "arn:aws:lambda:" + settings_.region +
                            ":000000000000:function:" + settings_.function_name;
  invocation.trace_id = trace_id();
  invocation.client_context = input.client_context;
  invocation.cognito_identity = input.cognito_identity;
  broker_.submit(std::move(invocation));

  for (;;) {
    if (stopped(record))
      break;
    if (auto outcome = broker_.wait_outcome(
            std::min(deadline, Clock::now() + kWatchInterval))) {
      record.payload = std::move(outcome->payload);
      record.error_type = std::move(outcome->error_type);
      record.status = outcome->success ? InvokeStatus::Success
                                       : InvokeStatus::FunctionError;
      break;
    }
    if (reaped(record))
      break;
    if (memory_used_mb(false) > settings_.memory_mb) {
      record.max_memory_mb = memory_used_mb(true);
      kill_process();
      record.status = InvokeStatus::OutOfMemory;
      record.error_type = "Runtime.OutOfMemory";
      record.payload = error_document(
          record.error_type,
          "RequestId: " + record.request_id +
              " Error: Runtime exited with error: signal: killed");
      break;
    }
    if (Clock::now() >= deadline) {
      record.max_memory_mb = memory_used_mb(true);
      kill_process(); // the next invoke is a cold start
      record.status = InvokeStatus::Timeout;
      record.error_type = "Sandbox.Timedout";
      record.payload = error_document(
          record.error_type,
          "RequestId: " + record.request_id + " Error: Task timed out after " +
              format_ms(settings_.timeout.count() / 1000.0) + " seconds");
      break;
    }
  }
  record.duration_ms = milliseconds_since(started);
  if (record.max_memory_mb == 0)
    record.max_memory_mb = memory_used_mb(true);
  ProcessTree::reap_exited_orphans();
  report(record);
  return record;
}

} // namespace hoist::runtime
