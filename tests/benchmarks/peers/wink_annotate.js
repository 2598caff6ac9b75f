// Peer 1: wink-nlp annotating the whole concatenated corpus as one document.
// usage: NODE_PATH=<node_modules> node wink_annotate.js <text file> [sbd-pos|default]
//   sbd-pos (the peer): tokens, sentences and POS only.  default: wink's full pipe
//   (sbd, negation, sentiment, pos, ner, cer), for reference.
// Every token's POS is read and every sentence's tokens are walked, so no lazy work is skipped;
// the counts go to stdout.
'use strict';
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const [file, pipeName = 'sbd-pos'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node wink_annotate.js <text file> [sbd-pos|default]');
  process.exit(2);
}
const pipes = { 'sbd-pos': ['sbd', 'pos'], default: undefined };
if (!(pipeName in pipes)) {
  console.error(`unknown pipe "${pipeName}" (sbd-pos or default)`);
  process.exit(2);
}

const nlp = winkNLP(model, pipes[pipeName]);
const its = nlp.its;
const doc = nlp.readDoc(fs.readFileSync(file, 'utf8'));

let tokens = 0;
const pos = Object.create(null);
doc.tokens().each((t) => {
  tokens += 1;
  const tag = t.out(its.pos);
  pos[tag] = (pos[tag] || 0) + 1;
});

let sentences = 0;
let sentenceTokens = 0;
doc.sentences().each((s) => {
  sentences += 1;
  sentenceTokens += s.tokens().length();
});

const result = { pipe: pipeName, tokens, sentences, sentenceTokens, pos };
if (pipeName === 'default') result.entities = doc.entities().length();
console.log(JSON.stringify(result));
