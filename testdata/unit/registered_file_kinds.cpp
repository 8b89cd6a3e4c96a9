// Every test reads files as hoist does: the file kinds of the registered
// front-ends fill the process's table once, before any test runs (as
// main() fills it before anything is read), and no test changes it.
#include "setup/registered_front_ends.h"

namespace {

const bool kRegistered = (hoist::setup::register_file_kinds(), true);

} // namespace
