#pragma once
#include <aws/core/utils/memory/AWSMemory.h>
#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws {
namespace Utils {
namespace Logging {
enum class LogLevel { Off = 0, Fatal, Error, Warn, Info, Debug, Trace };
} // namespace Logging
} // namespace Utils

struct LoggingOptions {
  Utils::Logging::LogLevel logLevel = Utils::Logging::LogLevel::Off;
};

struct SDKOptions {
  LoggingOptions loggingOptions;
};

void InitAPI(const SDKOptions &options);
void ShutdownAPI(const SDKOptions &options);
} // namespace Aws
