#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/text_range.h"

namespace hoist {

/// An HCL expression as hoist reads it (Terraform's configuration
/// language). Only what deployment configuration needs is read: literals,
/// lists, objects, references, strings with interpolations, and `toset`,
/// `tolist` and `tomap` of such and `merge` of literal objects, read as the
/// value they make;
/// any other expression (another function call, a conditional, an operator, a `for`) is
/// Unread, with why, and never evaluated.
struct HclValue {
  enum class Kind {
    Unread,    ///< an expression hoist does not evaluate; `text` says what
    String,    ///< `text`: the string, escapes applied
    Number,    ///< `text`: as written
    Bool,      ///< `text`: "true" or "false"
    Null,
    List,      ///< `items`
    Object,    ///< `members`
    Reference, ///< `text`: a traversal as written, "var.runtime"
    Template,  ///< a string with interpolations: `parts`
  };
  Kind kind = Kind::Unread;
  std::string text;
  std::vector<HclValue> items;
  std::vector<std::pair<std::string, HclValue>> members;
  /// A template's parts in order: String parts are literal text, the
  /// others the expressions `${...}` interpolates.
  std::vector<HclValue> parts;
  TextRange range; ///< where the expression is written
  std::string why; ///< for Unread: "a function call", "a conditional", ...

  /// The member `name` of an object, or null.
  const HclValue *member(std::string_view name) const;
};

struct HclBlock;

/// Attributes and blocks, as a file or a block's body holds them.
struct HclBody {
  struct Attribute {
    std::string name;
    HclValue value;
  };
  std::vector<Attribute> attributes;
  std::vector<HclBlock> blocks;

  /// The attribute `name` (the last, as Terraform refuses repeats), or
  /// null.
  const HclValue *attribute(std::string_view name) const;
  /// The first block of type `type`, or null.
  const HclBlock *block(std::string_view type) const;
};

/// `type "label" ... { body }`: `resource "aws_lambda_function" "api"`.
struct HclBlock {
  std::string type;
  std::vector<std::string> labels;
  TextRange range; ///< the block's type keyword
  HclBody body;
};

/// What the reader made of a file: its body up to the first syntax error,
/// if any (then `error` says what, at `error_at`).
struct HclFile {
  HclBody body;
  std::string error;
  std::size_t error_at = 0;
};

/// Reads HCL native syntax. Never fails: what it does not understand in an
/// expression leaves that value Unread; a syntax error ends the body read
/// so far. Nesting deeper than a fixed bound is Unread too.
HclFile parse_hcl(std::string_view text);

/// The quoted string of `text` that starts at `at` (its '"'), with its
/// interpolations, as parse_hcl reads a string.
HclValue parse_hcl_string(std::string_view text, std::size_t at);

/// Reads Terraform's JSON syntax (a `.tf.json` file) into the same model:
/// its strings are templates (`"${var.x}"`), an object is an attribute and
/// a block alike (JSON does not tell them apart). A file that is no JSON
/// object has `error` set.
HclFile parse_terraform_json(std::string_view text);

/// Reads a `.tfvars.json` file: one attribute per variable it sets.
HclFile parse_tfvars_json(std::string_view text);

/// Terraform's configuration files: `.tf`, and `.tf.json` in its JSON
/// syntax.
bool is_terraform_file_name(std::string_view name);

/// `text`, a Terraform configuration file named `name`, read by the syntax
/// its name says.
HclFile parse_terraform_file(std::string_view name, std::string_view text);

} // namespace hoist
