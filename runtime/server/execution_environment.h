#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <mutex>
#include <string>
#include <sys/types.h>
#include <utility>
#include <vector>

#include "invocation_broker.h"
#include "invoke_endpoint.h"
#include "process_tree.h"
#include "runtime_api_server.h"

namespace hoist::runtime {

/// The function's configuration, as Lambda would hold it.
struct FunctionSettings {
  std::vector<std::string> command; ///< the runtime process (argv)
  std::filesystem::path task_root;  ///< LAMBDA_TASK_ROOT and working directory
  /// Mount the task root read-only for the process, as Lambda's /var/task,
  /// where the system lets hoist (a private mount namespace needs root).
  bool read_only_task_root = false;
  std::string handler;              ///< _HANDLER
  std::string function_name = "hoist-local";
  std::string region = "us-east-1";
  unsigned memory_mb = 128;
  std::chrono::milliseconds timeout{3000};
  std::chrono::milliseconds init_timeout{10000}; ///< Lambda's INIT limit
  /// Where the runtime process's stdout and stderr go; empty: inherited.
  std::filesystem::path output_file;
  /// HOME and TMPDIR of the process, when given: directories of its own,
  /// so that what the function reads or writes under `~` (the SDKs'
  /// ~/.aws/config) or in its temporary directory is neither the user's nor
  /// another run's. Lambda gives a function no home of the account's.
  std::filesystem::path home;
  std::filesystem::path temporary_directory;
  /// Set after Lambda's variables, in order: one of a name already set
  /// replaces it.
  std::vector<std::pair<std::string, std::string>> environment;
};

enum class InvokeStatus {
  Success,
  FunctionError, ///< the runtime reported an error for the invocation
  InitError,     ///< the runtime reported an error during INIT
  Timeout,       ///< killed at the deadline
  ProcessExit,   ///< the runtime process died
  OutOfMemory,   ///< killed above the memory size
  RequestTooLarge,
};

/// One invocation as Lambda would report it.
struct InvokeRecord {
  std::string request_id;
  InvokeStatus status = InvokeStatus::Success;
  std::string payload;    ///< the response, or the error document
  std::string error_type; ///< empty on success
  bool cold = false;      ///< this invoke started the runtime process
  double init_ms = 0;     ///< INIT duration, when cold
  double duration_ms = 0;
  unsigned max_memory_mb = 0;
};

/// Per-invocation data that comes from the caller rather than Lambda.
struct InvokeInput {
  std::string event;
  std::string request_id; ///< empty: a random UUID
  std::string client_context;
  std::string cognito_identity;
};

/// A local Lambda execution environment: the Runtime API on its own
/// loopback port, for the environment's processes only, and a runtime
/// process that is started on the first invoke (INIT), reused for the next
/// ones (warm), and started again after a timeout, a crash or an init error
/// (cold). Every process it starts is the environment's (ProcessTree): its
/// memory counts, and it dies with the runtime process. Invocations are
/// served one at a time, in the order they arrive. START/END/REPORT lines
/// go to `log`.
class ExecutionEnvironment {
public:
  ExecutionEnvironment(FunctionSettings settings, std::ostream &log);
  ~ExecutionEnvironment();
  ExecutionEnvironment(const ExecutionEnvironment &) = delete;
  ExecutionEnvironment &operator=(const ExecutionEnvironment &) = delete;

  /// Starts the Runtime API on a free port of 127.0.0.1.
  bool start(std::string &error);
  /// Serves the emulator's invoke endpoint too, on 127.0.0.1:`port` (0: any
  /// free port).
  bool serve_invocations(int port, std::string &error);
  /// Ends every invocation and process; invokes after it fail at once.
  void stop();
  std::string runtime_api() const { return server_.address(); }
  std::string invoke_address() const { return endpoint_.address(); }

  InvokeRecord invoke(const InvokeInput &input);

private:
  bool spawn(std::string &error);
  void kill_process();
  /// The environment's memory now, or its peak so far (`max`).
  unsigned memory_used_mb(bool max);
  std::string describe_exit(int status) const;
  /// When stop() was called: makes `record` say so.
  bool stopped(InvokeRecord &record);
  /// When the process has exited: reaps it and makes `record` say so.
  bool reaped(InvokeRecord &record);
  void report(const InvokeRecord &record);
  void warn(const std::string &message);
  InvokeRecord init(InvokeRecord record);
  std::vector<pid_t> processes() const;

  FunctionSettings settings_;
  std::ostream &log_;
  std::mutex log_mutex_;
  InvocationBroker broker_;
  RuntimeApiServer server_;
  InvokeEndpoint endpoint_;
  // Turns to invoke, first come first served.
  std::mutex turns_mutex_;
  std::condition_variable turns_changed_;
  std::uint64_t next_ticket_ = 0;
  std::uint64_t serving_ = 0;
  // The process tree; read by the Runtime API's threads to admit clients.
  mutable std::mutex processes_mutex_;
  pid_t pid_ = -1;
  std::unique_ptr<ProcessTree> tree_;
  unsigned exited_max_rss_mb_ = 0;
  unsigned peak_mb_ = 0;
};

/// How Lambda's REPORT line and the verify report name a status.
const char *status_name(InvokeStatus status);

} // namespace hoist::runtime
