#include "setup/registered_front_ends.h"

#include <memory>

#include "cpp/cpp_front_end.h"
#include "javascript/js_front_end.h"
#include "python/python_front_end.h"

namespace hoist::setup {

engine::FrontEnds
registered_front_ends(const engine::FrontEndContext &context) {
  engine::FrontEnds front_ends;
  // Python's first: the functions its CDK apps configure for another
  // runtime reach only the front-ends after it.
  front_ends.push_back(std::make_unique<python::PythonFrontEnd>(context));
  front_ends.push_back(std::make_unique<cpp::CppFrontEnd>(context));
  front_ends.push_back(std::make_unique<javascript::JsFrontEnd>(context));
  return front_ends;
}

} // namespace hoist::setup
