#include "setup/registered_front_ends.h"

#include <vector>

#include "cpp/cpp_front_end.h"
#include "javascript/js_front_end.h"
#include "python/python_front_end.h"

namespace hoist::setup {
namespace {

/// The front-ends hoist has, in the order a session runs them: one line
/// registers a language.
const std::vector<engine::FrontEndRegistration> &registrations() {
  static const std::vector<engine::FrontEndRegistration> all{
      // Python's first: the functions its CDK apps configure for another
      // runtime reach only the front-ends after it.
      engine::registration<python::PythonFrontEnd>(),
      engine::registration<cpp::CppFrontEnd>(),
      engine::registration<javascript::JsFrontEnd>(),
  };
  return all;
}

} // namespace

engine::FrontEnds
registered_front_ends(const engine::FrontEndContext &context) {
  engine::FrontEnds front_ends;
  for (const engine::FrontEndRegistration &front_end : registrations())
    front_ends.push_back(front_end.make(context));
  return front_ends;
}

void register_file_kinds() {
  hoist::register_file_kinds([] {
    FileKinds kinds;
    for (const engine::FrontEndRegistration &front_end : registrations())
      for (FileKind &kind : front_end.file_kinds())
        kinds.push_back(std::move(kind));
    return kinds;
  });
}

} // namespace hoist::setup
