import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateProfile } from '../src/index.js';
import { isStoreError, profileFileName, profileToBlob, profileToJson, readProfileFile } from '../src/store/index.js';
import { readFixture } from './read-fixture.js';

// Blob and File exist in Node 20 as in browsers, so the file helpers are tested here too.
const profile = validateProfile(readFixture('profile-full.json')).profile;

test('export to text and Blob, then import again: the same profile', async () => {
  const text = profileToJson(profile);
  assert.ok(text.endsWith('}\n'));
  assert.deepEqual((await readProfileFile(text)).profile, profile);
  const blob = profileToBlob(profile);
  assert.equal(blob.type, 'application/json');
  const file = new File([blob], profileFileName(profile), { type: blob.type });
  const read = await readProfileFile(file);
  assert.deepEqual(read.issues, []);
  assert.deepEqual(read.profile, profile);
});

test('file names are safe and readable', () => {
  assert.equal(profileFileName(profile), 'attune-profile-maya-lopez.json');
  assert.equal(profileFileName({ ...profile, displayName: '' }), 'attune-profile-learner-7f3a.json');
  assert.equal(profileFileName({ ...profile, displayName: '../../etc', id: '' }), 'attune-profile-etc.json');
});

test('a file that is not a profile is refused with a typed error and a sentence', async () => {
  const cases: [string | Blob, RegExp][] = [
    ['not json at all', /is not a learner profile: it is not JSON/],
    ['[1,2,3]', /holds JSON, but not a profile object/],
    [new File(['x'.repeat(1_000_001)], 'movie.mp4'), /“movie\.mp4” is too large to be a learner profile/],
  ];
  for (const [source, message] of cases) {
    await assert.rejects(readProfileFile(source), (error: unknown) => {
      assert.ok(isStoreError(error));
      assert.equal(error.code, 'invalid-file');
      assert.match(error.message, message);
      return true;
    });
  }
});

test('a profile file with bad fields is imported with its issues, not refused', async () => {
  const read = await readProfileFile('\uFEFF' + JSON.stringify(readFixture('profile-bad.json')));
  assert.equal(read.profile.id, 'learner-bad');
  assert.ok(read.issues.some((i) => i.path === 'display.fontSize'));
});
