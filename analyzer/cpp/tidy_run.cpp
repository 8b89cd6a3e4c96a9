#include "cpp/tidy_run.h"

#include <clang-tidy/ClangTidy.h>
#include <clang-tidy/ClangTidyModule.h>
#include <clang/AST/ASTConsumer.h>
#include <clang/AST/ASTContext.h>
#include <clang/Frontend/CompilerInstance.h>
#include <clang/Frontend/MultiplexConsumer.h>
#include <clang/Lex/PreprocessorOptions.h>
#include <clang/Tooling/ArgumentsAdjusters.h>
#include <clang/Tooling/Tooling.h>

namespace hoist::cpp {
namespace {

using namespace clang;

// Narrows the checks' walk of the AST to the main file's top-level
// declarations, as clangd runs clang-tidy checks. hoist runs only its own
// checks, and they analyze the main file's code (following calls out of it
// without the walk): walking every declaration of the standard headers was
// 3% of a run, the most of what hoist check adds to Clang's parse.
class MainFileScope : public ASTConsumer {
public:
  void HandleTranslationUnit(ASTContext &context) override {
    const SourceManager &sources = context.getSourceManager();
    std::vector<Decl *> scope;
    for (Decl *decl : context.getTranslationUnitDecl()->decls())
      if (sources.isInMainFile(decl->getLocation()))
        scope.push_back(decl);
    context.setTraversalScope(scope);
  }
};

// What runClangTidy's action does: the checks' AST consumer, with
// __clang_analyzer__ defined as clang-tidy defines it.
class TidyActionFactory : public tooling::FrontendActionFactory {
public:
  TidyActionFactory(tidy::ClangTidyContext &context,
                    IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> files,
                    bool &compiled)
      : consumers_(context, std::move(files)), compiled_(compiled) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<Action>(consumers_, compiled_);
  }

  bool runInvocation(std::shared_ptr<CompilerInvocation> invocation,
                     FileManager *files,
                     std::shared_ptr<PCHContainerOperations> pch,
                     DiagnosticConsumer *diagnostics) override {
    invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    return FrontendActionFactory::runInvocation(invocation, files, pch,
                                                diagnostics);
  }

private:
  class Action : public ASTFrontendAction {
  public:
    Action(tidy::ClangTidyASTConsumerFactory &consumers, bool &compiled)
        : consumers_(consumers), compiled_(compiled) {}
    std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &compiler,
                                                   StringRef file) override {
      // The compile runs: the driver made a job of the command and the
      // compiler set up its target (an arm64 -march on this machine's
      // Clang stops before, with no code read).
      compiled_ = true;
      std::vector<std::unique_ptr<ASTConsumer>> consumers;
      consumers.push_back(std::make_unique<MainFileScope>()); // goes first
      consumers.push_back(consumers_.createASTConsumer(compiler, file));
      return std::make_unique<MultiplexConsumer>(std::move(consumers));
    }

  private:
    tidy::ClangTidyASTConsumerFactory &consumers_;
    bool &compiled_;
  };

  tidy::ClangTidyASTConsumerFactory consumers_;
  bool &compiled_;
};

} // namespace

std::vector<tidy::ClangTidyError>
run_tidy_checks(tidy::ClangTidyContext &context,
                const tooling::CompilationDatabase &compilations,
                const std::string &file,
                IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> files,
                bool &compiled) {
  tooling::ClangTool tool(compilations, {file},
                          std::make_shared<PCHContainerOperations>(), files);
  tool.setPrintErrorMessage(false);
  // A .clang-tidy's ExtraArgsBefore and ExtraArgs, as clang-tidy adds them.
  tool.appendArgumentsAdjuster([&context](
                                   const tooling::CommandLineArguments &given,
                                   StringRef path) {
    tidy::ClangTidyOptions options = context.getOptionsForFile(path);
    tooling::CommandLineArguments arguments = given;
    if (options.ExtraArgsBefore) {
      auto at = arguments.begin();
      if (at != arguments.end() && !StringRef(*at).startswith("-"))
        ++at; // after the compiler's name
      arguments.insert(at, options.ExtraArgsBefore->begin(),
                       options.ExtraArgsBefore->end());
    }
    if (options.ExtraArgs)
      arguments.insert(arguments.end(), options.ExtraArgs->begin(),
                       options.ExtraArgs->end());
    return arguments;
  });
  tool.appendArgumentsAdjuster(tooling::getStripPluginsAdjuster());
  tidy::ClangTidyDiagnosticConsumer consumer(context, nullptr,
                                             /*RemoveIncompatibleErrors=*/true,
                                             /*GetFixesFromNotes=*/false);
  DiagnosticsEngine engine(new DiagnosticIDs(), new DiagnosticOptions(),
                           &consumer, /*ShouldOwnClient=*/false);
  context.setDiagnosticsEngine(&engine);
  tool.setDiagnosticConsumer(&consumer);
  compiled = false;
  TidyActionFactory factory(context, std::move(files), compiled);
  tool.run(&factory);
  return consumer.take();
}

} // namespace hoist::cpp
