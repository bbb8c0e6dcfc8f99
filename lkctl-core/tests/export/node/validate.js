// Validates subtitle files with strict validators; prints one JSON line per file and
// exits 1 if any file has errors. Usage: node validate.js vtt FILE... | srt FILE...
"use strict";
const fs = require("fs");
const path = require("path");

const [kind, ...files] = process.argv.slice(2);
let failed = false;
for (const file of files) {
  const text = fs.readFileSync(file, "utf8");
  let errors;
  let cues = 0;
  if (kind === "vtt") {
    const { WebVTTParser } = require("webvtt-parser");
    const entities = require(path.join(path.dirname(require.resolve("webvtt-parser")), "html-entities.json"));
    const tree = new WebVTTParser(entities).parse(text, "subtitles");
    errors = tree.errors.map((e) => `line ${e.line}: ${e.message}`);
    cues = tree.cues.length;
  } else if (kind === "srt") {
    const srtValidator = require("srt-validator").default;
    errors = srtValidator(text).map((e) => `line ${e.lineNumber}: ${e.errorCode}: ${e.message}`);
    cues = (text.match(/ --> /g) || []).length;
  } else {
    console.error(`unknown kind ${kind}; use vtt or srt`);
    process.exit(2);
  }
  if (errors.length) failed = true;
  console.log(JSON.stringify({ file, cues, errors }));
}
process.exit(failed ? 1 : 0);
