#pragma once

#include "javascript/js_module.h"

namespace hoist::javascript {

/// True when `function` (of `tree`) is a memoizer the project writes: it
/// takes a function as its first parameter and calls it only to fill a
/// variable of its own scope that the function it returns keeps, under a
/// test of that variable: `value ??= factory()`, `value ||= factory()`,
/// `if (value === undefined) value = factory()`. What
/// `memo(() => new S3Client())` gives builds the client once, as a library
/// memoizer's does (JsCatalogue::memoizes).
bool memoizes_parameter(const JsTree &tree, TSNode function);

} // namespace hoist::javascript
