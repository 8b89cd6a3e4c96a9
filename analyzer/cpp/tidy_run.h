#pragma once

#include <string>
#include <vector>

#include <clang-tidy/ClangTidyDiagnosticConsumer.h>
#include <clang/Tooling/CompilationDatabase.h>
#include <llvm/Support/VirtualFileSystem.h>

namespace hoist::cpp {

/// Runs `context`'s checks over `file`, as clang::tidy::runClangTidy does,
/// and returns what they and the compiler reported. Unlike runClangTidy it
/// prints nothing: hoist tells what went wrong in its own notices, where
/// clang's tooling would print "Error while processing <file>.". `compiled`
/// says whether Clang compiled it at all (a compile command the driver
/// cannot make a job of, such as one ending in -Xclang, is not compiled).
std::vector<clang::tidy::ClangTidyError>
run_tidy_checks(clang::tidy::ClangTidyContext &context,
                const clang::tooling::CompilationDatabase &compilations,
                const std::string &file,
                llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> files,
                bool &compiled);

} // namespace hoist::cpp
