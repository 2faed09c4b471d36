// util.inspect's layout rules (reduceToSingleString, isBelowBreakLength, groupArrayElements) for
// the values tsesp prints, and the line writer behind console.log (Serial) / console.error (stderr).
#include "tsesp/console.h"

#include "tsesp/config.h"

#include <Arduino.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace tsesp {
namespace {

constexpr int kBreakLength = 80;

size_t width(const String& s) { return static_cast<size_t>(s.length()); }

bool isBelowBreakLength(const std::vector<String>& output, size_t start) {
  size_t total = output.size() + start;
  if (total + output.size() > kBreakLength) return false;
  for (const String& entry : output) {
    total += width(entry);
    if (total > kBreakLength) return false;
  }
  return true;
}

std::string pad(const std::string& s, size_t to, bool atStart) {
  if (s.size() >= to) return s;
  std::string fill(to - s.size(), ' ');
  return atStart ? fill + s : s + fill;
}

// Node's groupArrayElements: more than 6 short entries are laid out in aligned columns.
// A trailing "... n more items" entry (arrays past 100 elements) is laid out on its own line.
bool isMoreItemsEntry(const String& entry) {
  const char* text = entry.c_str();
  return strncmp(text, "... ", 4) == 0 && (strstr(text, " more items") != nullptr || strstr(text, " more item") != nullptr);
}

std::vector<String> groupEntries(const std::vector<String>& output, bool numeric, int indentation) {
  const size_t separatorSpace = 2;
  size_t total = 0, maxLength = 0;
  std::vector<size_t> lengths;
  const size_t outputLength = isMoreItemsEntry(output.back()) ? output.size() - 1 : output.size();
  for (size_t k = 0; k < outputLength; ++k) {
    const String& entry = output[k];
    size_t len = width(entry);
    lengths.push_back(len);
    total += len + separatorSpace;
    if (len > maxLength) maxLength = len;
  }
  size_t actualMax = maxLength + separatorSpace;
  if (!(actualMax * 3 + indentation < kBreakLength &&
        (static_cast<double>(total) / actualMax > 5 || maxLength <= 6)))
    return output;
  double averageBias = std::sqrt(actualMax - static_cast<double>(total) / output.size());
  double biasedMax = std::max(actualMax - 3 - averageBias, 1.0);
  double columnsD = std::min({std::round(std::sqrt(2.5 * biasedMax * outputLength) / biasedMax),
                              std::floor((kBreakLength - indentation) / static_cast<double>(actualMax)), 12.0, 15.0});
  size_t columns = static_cast<size_t>(columnsD);
  if (columns <= 1) return output;
  std::vector<size_t> maxLineLength;
  for (size_t i = 0; i < columns; ++i) {
    size_t lineLength = 0;
    for (size_t j = i; j < outputLength; j += columns)
      if (lengths[j] > lineLength) lineLength = lengths[j];
    maxLineLength.push_back(lineLength + separatorSpace);
  }
  std::vector<String> rows;
  for (size_t i = 0; i < outputLength; i += columns) {
    size_t max = std::min(i + columns, outputLength);
    std::string row;
    size_t j = i;
    for (; j < max - 1; ++j) {
      std::string cell = std::string(output[j].c_str(), output[j].byteLength()) + ", ";
      size_t padding = maxLineLength[j - i] + output[j].byteLength() - lengths[j];
      row += pad(cell, padding, numeric);
    }
    std::string last(output[j].c_str(), output[j].byteLength());
    if (numeric) {
      size_t padding = maxLineLength[j - i] + output[j].byteLength() - lengths[j] - separatorSpace;
      row += pad(last, padding, true);
    } else {
      row += last;
    }
    rows.push_back(String(row.data(), row.size()));
  }
  if (outputLength < output.size()) rows.push_back(output.back());
  return rows;
}

const char* escapeFor(char c) {
  switch (c) {
    case '\n': return "\\n";
    case '\t': return "\\t";
    case '\r': return "\\r";
    case '\b': return "\\b";
    case '\f': return "\\f";
    case '\v': return "\\x0B";
    case '\\': return "\\\\";
    default: return nullptr;
  }
}

}  // namespace

String inspect(double x, InspectContext) {
  if (x == 0 && std::signbit(x)) return String("-0");
  return numberToString(x);
}

String inspect(bool b, InspectContext) { return String(b ? "true" : "false"); }

String inspect(Undefined, InspectContext) { return String("undefined"); }

String inspect(const String& s, InspectContext) {
  if (s.isUndefined()) return String("undefined");
  const char* text = s.c_str();
  size_t n = s.byteLength();
  bool hasSingle = memchr(text, '\'', n) != nullptr, hasDouble = memchr(text, '"', n) != nullptr;
  char quote = '\'';
  if (hasSingle) quote = !hasDouble ? '"' : (memchr(text, '`', n) == nullptr ? '`' : '\'');
  std::string out(1, quote);
  for (size_t i = 0; i < n; ++i) {
    char c = text[i];
    if (const char* esc = escapeFor(c)) {
      out += esc;
    } else if (c == quote) {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      char hex[8];
      snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned char>(c));
      out += hex;
    } else {
      out += c;
    }
  }
  out += quote;
  return String(out.data(), out.size());
}

String formatEntries(const std::vector<String>& entries, const char* open, const char* close, bool numeric,
                     bool groupable, InspectContext ctx) {
  std::vector<String> output = entries;
  if (groupable && output.size() > 6) output = groupEntries(output, numeric, ctx.indentation);
  if (output.size() == entries.size()) {
    size_t start = output.size() + ctx.indentation + strlen(open) + 10;
    if (isBelowBreakLength(output, start)) {
      std::string joined;
      bool multiline = false;
      for (size_t i = 0; i < output.size(); ++i) {
        if (i) joined += ", ";
        joined.append(output[i].c_str(), output[i].byteLength());
        multiline = multiline || memchr(output[i].c_str(), '\n', output[i].byteLength()) != nullptr;
      }
      if (!multiline) return concat({open, " ", String(joined.data(), joined.size()), " ", close});
    }
  }
  std::string indentation = "\n" + std::string(ctx.indentation, ' ');
  std::string out = open;
  for (size_t i = 0; i < output.size(); ++i) {
    out += indentation + "  ";
    out.append(output[i].c_str(), output[i].byteLength());
    if (i + 1 < output.size()) out += ",";
  }
  out += indentation + close;
  return String(out.data(), out.size());
}

String inspectObject(const Object& o, InspectContext ctx) {
  const ClassInfo* info = o.classInfo();
  if (ctx.depth > 2) return concat({"[", info ? info->name : "Object", "]"});
  ObjectInspection fields(ctx);
  o.tsesp_inspect(fields);
  std::string open = info ? std::string(info->name) + " {" : std::string("{");
  if (fields.entries.empty()) return String((open + "}").c_str());
  return formatEntries(fields.entries, open.c_str(), "}", false, false, ctx);
}

namespace console {

// util.format: substitutes %s %d %i %f %o %O %j %c %% in the template from the inspected arguments;
// returns how many arguments it used.
size_t applyFormat(const String& templ, const String* args, size_t argCount, std::string& line) {
  const char* t = templ.c_str();
  size_t n = templ.byteLength(), used = 0;
  for (size_t i = 0; i < n; ++i) {
    if (t[i] != '%' || i + 1 >= n) {
      line += t[i];
      continue;
    }
    char spec = t[i + 1];
    if (spec == '%') {
      line += '%';
      ++i;
      continue;
    }
    if (!strchr("sdifoOjc", spec) || used >= argCount) {
      line += t[i];
      continue;
    }
    ++i;
    const String& arg = args[used++];
    if (spec == 'c') continue;
    if (spec == 'd' || spec == 'i' || spec == 'f') {
      double v = arg == String("-0") ? -0.0 : stringToNumber(arg);
      if (spec == 'i') v = std::trunc(v);
      String text = (v == 0 && std::signbit(v)) ? String("-0") : numberToString(v);
      line.append(text.c_str(), text.byteLength());
    } else {
      line.append(arg.c_str(), arg.byteLength());
    }
  }
  return used;
}

void begin() {
  if (TSESP_CONSOLE_BAUD > 0) Serial.begin(TSESP_CONSOLE_BAUD);
}

// Strings keep lone UTF-16 surrogates as 3-byte WTF-8 sequences (ED A0..BF xx); the text written
// out is UTF-8, with each lone surrogate as U+FFFD, as Node writes it.
static void replaceLoneSurrogates(std::string& line) {
  for (size_t i = 0; i + 2 < line.size(); ++i) {
    if (static_cast<unsigned char>(line[i]) == 0xED && (static_cast<unsigned char>(line[i + 1]) & 0xE0) == 0xA0) {
      line[i] = static_cast<char>(0xEF);
      line[i + 1] = static_cast<char>(0xBF);
      line[i + 2] = static_cast<char>(0xBD);
      i += 2;
    }
  }
}

void writeLine(const String* parts, size_t count, bool toStderr, bool formatFirst) {
  std::string line;
  size_t first = 0;
  if (formatFirst && count > 0 && memchr(parts[0].c_str(), '%', parts[0].byteLength())) {
    first = 1 + applyFormat(parts[0], parts + 1, count - 1, line);
    if (first < count) line += ' ';
  }
  for (size_t i = first; i < count; ++i) {
    if (i > first) line += ' ';
    line.append(parts[i].c_str(), parts[i].byteLength());
  }
  replaceLoneSurrogates(line);
  line += '\n';
  if (toStderr) {
    Serial.flush();
    fwrite(line.data(), 1, line.size(), stderr);
  } else {
    Serial.write(reinterpret_cast<const uint8_t*>(line.data()), line.size());
  }
}

}  // namespace console
}  // namespace tsesp
