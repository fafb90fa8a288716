#!/usr/bin/env node
// Benchmarks over the fixture corpus belong here.
console.log('no benchmarks yet');
