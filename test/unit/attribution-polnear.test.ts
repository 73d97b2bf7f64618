import * as assert from 'assert';
import { attributionOf } from '../helpers/engine';

// Patterns added for issue 3 (PolNeAR recall). Fixtures are invented news
// prose written for the project, not copied from any data set.

describe('attribution patterns: finite speech acts', () => {
  it('a speech act coordinated with an earlier verb takes that clause subject', () => {
    const t = 'The mayor met the dock workers on Monday and later denounced the strike.';
    assert.strictEqual(attributionOf(t, 'The mayor'), 'denounced | The mayor | The mayor');
  });

  it('a past-tense speech act is a cue whoever performs it', () => {
    const t = 'The old fishermen opposed the new quota.';
    assert.strictEqual(attributionOf(t, 'The old'), 'opposed | The old fishermen | The old fishermen');
  });

  it('an infinitive of a speech act is not a cue of its own', () => {
    const t = 'The council is not ready to endorse the plan.';
    assert.strictEqual(attributionOf(t, 'The council'), 'none');
  });

  it('"compared with" is a comparison, not a statement', () => {
    const t = 'Ferry traffic fell 4 percent compared with last winter.';
    assert.strictEqual(attributionOf(t, 'Ferry'), 'none');
  });
});

describe('attribution patterns: finite speech acts, limits', () => {
  it('a country resisting is not a stance', () => {
    const t = 'Norway has resisted and continued to fund the rebels.';
    assert.strictEqual(attributionOf(t, 'Norway'), 'none');
  });

  it('a passive participle "backed by" is not a speech act', () => {
    const t = 'The rebels, backed by a foreign militia, seized the port.';
    assert.strictEqual(attributionOf(t, 'The rebels'), 'none');
  });
});
