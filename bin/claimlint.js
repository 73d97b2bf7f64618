#!/usr/bin/env node
'use strict';
// V8 optimises a function once it has run a little (its "interrupt budget"), then throws the optimised
// code away whenever a rarer path shows up, and compiles it again. Linting a folder runs every rule
// over thousands of articles, each with its own rare paths: with V8's default budget, recompiling
// after such deoptimisations took 9.5 of 13 s of compile time on 10,000 Reuters stories, and the lint
// itself ran a third slower while optimised code was missing. A larger budget lets a function gather
// more feedback before it is optimised (see "Performance" in README.md). Set before any code loads;
// the lint worker threads share it. Results do not depend on it.
require('v8').setFlagsFromString('--interrupt-budget=1000000');
require('../dist/cli/claimlint.js');
