import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADDRESS_BAR_POPUP_FEATURES, CHROMIUM_ARGS, chromiumArgs, PLAYWRIGHT_DISABLED_FEATURES } from './chromium';

/** The features the installed Playwright passes in its own `--disable-features` switch. */
function playwrightDisabledFeatures(): string[] {
  const lib = join(dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'lib');
  const files = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  for (const file of files) {
    const source = readFileSync(join(lib, file), 'utf8');
    const list = /disabledFeatures = \[([^\]]*)\]/.exec(source)?.[1];
    if (list === undefined) continue;
    const code = list.replace(/\/\/.*$/gm, '');
    return [...code.matchAll(/["']([\w-]+)["']/g)].map((match) => match[1]!);
  }
  throw new Error(
    `No disabledFeatures list found under ${lib}: Playwright has moved it; find it and update this test.`,
  );
}

const disabledFeatures = (args: readonly string[]) => {
  const switches = args.filter((arg) => arg.startsWith('--disable-features='));
  expect(switches).toHaveLength(1);
  return switches[0]!.slice('--disable-features='.length).split(',');
};

describe('the Chromium flags of the suite and the benchmarks', () => {
  it('keep every feature Playwright switches off (Chromium reads only the last --disable-features)', () => {
    const installed = playwrightDisabledFeatures();
    expect(installed.length).toBeGreaterThan(5);
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual([...installed].sort());
    expect(disabledFeatures(CHROMIUM_ARGS)).toEqual(expect.arrayContaining(installed));
  });

  it('leave out Chromium’s address-bar pop-up unless asked for it', () => {
    expect(disabledFeatures(CHROMIUM_ARGS)).toEqual(expect.arrayContaining([...ADDRESS_BAR_POPUP_FEATURES]));
    const withPopup = disabledFeatures(chromiumArgs({ addressBarPopup: true }));
    expect(withPopup.filter((feature) => (ADDRESS_BAR_POPUP_FEATURES as readonly string[]).includes(feature))).toEqual(
      [],
    );
    expect(withPopup).toEqual(expect.arrayContaining([...PLAYWRIGHT_DISABLED_FEATURES]));
  });
});
