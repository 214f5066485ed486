import type { LevelDefinition, PackEntry } from '@attune/adapt';

/**
 * Internal events of the editor’s forms (they bubble up to the editor but never leave
 * its shadow root, not being composed): the form made a new version of its entry, or asks
 * for it to be deleted. `group` joins typing in one field into one undo step.
 */
export class EntryChangeEvent extends Event {
  readonly entry: PackEntry;
  readonly group: string | undefined;
  constructor(entry: PackEntry, group?: string) {
    super('entry-change', { bubbles: true });
    this.entry = entry;
    this.group = group;
  }
}

export class EntryDeleteEvent extends Event {
  readonly id: string;
  constructor(id: string) {
    super('entry-delete', { bubbles: true });
    this.id = id;
  }
}

export class LevelsChangeEvent extends Event {
  readonly levels: LevelDefinition[];
  constructor(levels: LevelDefinition[]) {
    super('levels-change', { bubbles: true });
    this.levels = levels;
  }
}
