/**
 * The contenders timed on the same texts: Sourcelight's engine, the bare wink-nlp pipeline it is built on,
 * and two peers (retext with retext-english + retext-intensify, and write-good). Each returns how many
 * things it produced, so the table can show that every contender did real work.
 */
import { createRequire } from 'node:module';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextIntensify from 'retext-intensify';
import { analyze } from '../../src/engine/analyze.ts';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WINK_PIPE } from '../../src/engine/nlp.ts';

/** One contender: a name, what its output count means, and a run over one text. */
export interface Runner {
  id: string;
  label: string;
  /** What run() counts, e.g. "findings". */
  unit: string;
  run(text: string): number;
}

/** write-good ships CommonJS without types; this is the part of its API the benchmark calls. */
type WriteGood = (text: string) => { index: number; offset: number; reason: string }[];

/** Sourcelight's whole engine: parse, detectors, score. */
export const engineRunner: Runner = {
  id: 'engine',
  label: 'Sourcelight engine (analyze)',
  unit: 'findings',
  run: (text) => analyze(text).findings.length,
};

/**
 * The bare wink pipeline: readDoc, then sentences, tokens and POS tags read out. It is wink-nlp as published, with
 * the engine's pipe (sbd, pos, ner) but its own instance: the engine's instance carries our memos of wink's
 * look-ups (nlp.ts), and timing the peer with them would credit our own work to wink.
 */
function makeWinkRunner(): Runner {
  const nlp = winkNLP(model, WINK_PIPE);
  return {
    id: 'wink',
    label: 'bare wink-nlp (readDoc + sentences + tokens + POS)',
    unit: 'tokens',
    run: (text) => {
      const doc = nlp.readDoc(text);
      doc.sentences().out();
      const tokens = doc.tokens().out();
      doc.tokens().out(nlp.its.pos);
      return tokens.length;
    },
  };
}

/** Builds the retext runner once: the processor is frozen, as a real user of retext would keep it. */
function makeRetextRunner(): Runner {
  const processor = retext().use(retextEnglish).use(retextIntensify);
  return {
    id: 'retext',
    label: 'retext + retext-english + retext-intensify',
    unit: 'messages',
    run: (text) => processor.processSync(text).messages.length,
  };
}

/** Builds the write-good runner (its default checks). */
function makeWriteGoodRunner(require_ = createRequire(import.meta.url)): Runner {
  const writeGood = require_('write-good') as WriteGood;
  return {
    id: 'write-good',
    label: 'write-good (default checks)',
    unit: 'suggestions',
    run: (t) => writeGood(t).length,
  };
}

/** Every contender, the engine first. */
export function allRunners(): Runner[] {
  return [engineRunner, makeWinkRunner(), makeRetextRunner(), makeWriteGoodRunner()];
}
