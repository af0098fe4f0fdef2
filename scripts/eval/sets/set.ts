/** What one evaluation set is: a name, the file it reads, and how it turns that file into figures. */
import type { Analyzer } from '../analyse.ts';
import type { SetResult } from '../types.ts';

/** Everything a set needs from the outside world, passed in so that tests can supply their own. */
export interface SetContext {
  /** The data folder. */
  dir: string;
  analyzer: Analyzer;
}

/** One evaluation set, named as its folder in the data directory. */
export interface EvalSet {
  name: string;
  /** The file it reads, relative to the data folder; its absence marks the set as missing. */
  file: string;
  run(context: SetContext): SetResult;
}
