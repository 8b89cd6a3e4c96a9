#pragma once
#include <functional>
#include "types.h"

namespace app {
// Runs the handler it is given; defined in serve.cpp.
int serve(std::function<Response(Request const &)> handler);
} // namespace app
