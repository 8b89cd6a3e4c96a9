#pragma once

#include <string>

namespace hoist::python {

/// Finds a Python handler's module as Lambda does (awslambdaric: the handler
/// string split at its last dot; the module path, `/` or `.` separated,
/// relative to the task root; never a file found elsewhere by its name) and
/// checks that the module binds the function. False, before anything runs,
/// with `error` naming Lambda's error and the paths looked at (`task_root`
/// as the user spelled it), and after them `also_looked_for` (the caller's:
/// the files another runtime would load) when it is not empty. The
/// function's `python_path` (its PYTHONPATH) is looked in after the task
/// root, as the runtime does.
bool check_handler_module(const std::string &handler,
                          const std::string &task_root,
                          const std::string &python_path,
                          const std::string &also_looked_for,
                          std::string &error);

} // namespace hoist::python
