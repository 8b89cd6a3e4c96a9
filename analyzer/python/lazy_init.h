#pragma once

#include "python/module_model.h"

namespace hoist::python {

/// True when the object `call` builds is stored in state that outlives the
/// invocation and the store is guarded by a check of that state, so it runs
/// once per execution environment, not per invocation:
///   global c; if c is None: c = boto3.client("s3")
///   global c; c = c or boto3.client("s3")
///   global c; if c is not None: return c  ...  c = boto3.client("s3")
///   if "s3" not in CLIENTS: CLIENTS["s3"] = boto3.client("s3")
///   if self._s3 is None: self._s3 = boto3.client("s3")
///   if cls._s3 is None: cls._s3 = boto3.client("s3")   (a classmethod)
///   global c; if "c" not in globals(): c = boto3.client("s3")
///   if not hasattr(handler, "s3"): handler.s3 = boto3.client("s3")
///   global c; try: return c / except NameError: c = boto3.client("s3")
bool is_lazily_initialized(const SyntaxTree &tree, const FunctionInfo &function,
                           TSNode call);

} // namespace hoist::python
