// A project header that declares what configured-from-header.cpp calls,
// without defining it: hoist cannot see what it does.
#pragma once
#include <aws/core/client/ClientConfiguration.h>
#include <string>

namespace app {
std::string region();
Aws::Client::ClientConfiguration make_config();
} // namespace app
