#!/usr/bin/env node
// `attune check book.epub` and `attune validate file.json`; see README.md.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
