// interp/cli/main.cpp — the `gomi` command.
//
//   gomi run [--dump-bytecode] prog.go [args...]   run a program; args become os.Args[1:]
//   gomi version                                   print the version
//   gomi help                                      print usage
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "interp/interp.h"
#include "stdlib/stdlib.h"

namespace {

constexpr const char* kVersion = "gomi version 0.1.0 (go1.19 subset) linux/amd64";

constexpr const char* kUsage =
    "Gomi is an interpreter for a subset of Go 1.19.\n"
    "\n"
    "Usage:\n"
    "\n"
    "\tgomi <command> [arguments]\n"
    "\n"
    "The commands are:\n"
    "\n"
    "\trun [--dump-bytecode] file.go [args...]   compile and run a Go program\n"
    "\tversion                                  print gomi version\n"
    "\thelp                                     print this help\n";

int runCommand(bool dump, const std::vector<std::string>& rest) {
  if (rest.empty()) {
    std::fprintf(stderr, "gomi run: no go files listed\n");
    return 1;
  }
  gomi::RunRequest req;
  req.path = rest[0];
  req.dumpBytecode = dump;
  std::ifstream in(req.path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "open %s: no such file or directory\n", req.path.c_str());
    return 1;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  req.source = ss.str();
  req.args = rest;  // os.Args: the program path, then its arguments
  gomi::PackageRegistry registry;
  gomi::registerStandardPackages(registry);
  return gomi::runProgram(req, registry);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"gomi: an interpreter for a subset of Go 1.19", "gomi"};
  app.set_help_flag();  // `gomi help` instead of --help
  app.require_subcommand(0, 1);

  bool dump = false;
  CLI::App* run = app.add_subcommand("run", "compile and run a Go program");
  run->add_flag("--dump-bytecode", dump, "print the compiled bytecode to stderr before running");
  // Everything from the program file on belongs to the program, even arguments that look like
  // flags.
  run->prefix_command();

  CLI::App* version = app.add_subcommand("version", "print gomi version");
  CLI::App* help = app.add_subcommand("help", "print usage");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "gomi: %s\n%s", e.what(), kUsage);
    return 2;
  }
  if (*run) return runCommand(dump, run->remaining());
  if (*version) {
    std::printf("%s\n", kVersion);
    return 0;
  }
  if (*help || app.get_subcommands().empty()) {
    std::fputs(kUsage, *help ? stdout : stderr);
    return *help ? 0 : 2;
  }
  return 0;
}
