#!/usr/bin/env node
'use strict';
require('../dist/cli/claimlint.js');
