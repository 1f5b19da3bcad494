import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { settingsSchema } from '../../shared/settings-schema';
import { MAX_LOGO_BYTES } from './logo-file';
import SettingsView from './SettingsView.svelte';
import { JPEG_START, TINY_PNG } from './test-support/images';

const OLD_LOGO = `data:image/png;base64,${btoa(String.fromCharCode(...TINY_PNG))}`;

function setup(settings: Settings = DEFAULT_SETTINGS) {
  const onchange = vi.fn<(settings: Settings) => void>();
  const view = render(SettingsView, { settings, dataLocation: '/home/physio/.config/Stride Atlas', onchange });
  /** The last settings handed on, checked against the schema as the store would. */
  const last = () => settingsSchema.parse(onchange.mock.lastCall![0]);
  return { onchange, last, view };
}

const withLogo: Settings = {
  ...DEFAULT_SETTINGS,
  clinic: { ...DEFAULT_SETTINGS.clinic, name: 'Riverside Physio', logoDataUrl: OLD_LOGO },
};
const logoInput = () => screen.getByLabelText('Logo') as HTMLInputElement;
const choose = (file: File) => fireEvent.change(logoInput(), { target: { files: [file] } });

describe('SettingsView', () => {
  it('switches the theme, units and paper size, each as a complete valid settings object', async () => {
    const { onchange, last } = setup();
    await fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(last()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    await fireEvent.click(screen.getByRole('radio', { name: 'Miles' }));
    expect(last()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', units: 'miles' });
    await fireEvent.click(screen.getByRole('radio', { name: 'US Letter' }));
    expect(last()).toMatchObject({ theme: 'dark', units: 'miles', paperSize: 'Letter' });
    expect(onchange).toHaveBeenCalledTimes(3);
  });

  it('offers every theme, with the current one chosen', () => {
    setup({ ...DEFAULT_SETTINGS, theme: 'high-contrast' });
    const themes = within(screen.getByRole('group', { name: 'Theme' })).getAllByRole('radio');
    expect(themes.map((r) => (r as HTMLInputElement).value)).toEqual(['system', 'light', 'dark', 'high-contrast']);
    expect((screen.getByRole('radio', { name: 'High contrast' }) as HTMLInputElement).checked).toBe(true);
  });

  it('hands on the clinician and clinic details as they are typed', async () => {
    const { last } = setup();
    await fireEvent.input(screen.getByLabelText('Your name (printed on handouts)'), {
      target: { value: 'Sam Okafor' },
    });
    await fireEvent.input(screen.getByLabelText('Clinic name'), { target: { value: 'Riverside Physio' } });
    await fireEvent.input(screen.getByLabelText('Address'), { target: { value: '1 Mill Lane\nHebden Bridge' } });
    await fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'desk@riverside.example' } });
    expect(last()).toMatchObject({
      clinicianName: 'Sam Okafor',
      clinic: {
        name: 'Riverside Physio',
        address: '1 Mill Lane\nHebden Bridge',
        email: 'desk@riverside.example',
        phone: '',
      },
    });
  });

  it('sets the handout defaults', async () => {
    const { last } = setup();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Large print by default' }));
    expect(last().handoutDefaults).toEqual({ largePrint: true, reviewAfterWeeks: 4 });
    await fireEvent.input(screen.getByLabelText('Review appointment after (weeks)'), { target: { value: '6' } });
    expect(last().handoutDefaults).toEqual({ largePrint: true, reviewAfterWeeks: 6 });
  });

  it('keeps an impossible review interval out of the settings and says why beside the field', async () => {
    const { onchange, last } = setup();
    const weeks = screen.getByLabelText('Review appointment after (weeks)');
    for (const bad of ['0', '53', '2.5', '']) {
      await fireEvent.input(weeks, { target: { value: bad } });
      expect(onchange).not.toHaveBeenCalled();
      expect(weeks.getAttribute('aria-invalid')).toBe('true');
      expect(screen.getByRole('alert').textContent).toBe('Enter a whole number of weeks from 1 to 52.');
    }
    expect(weeks.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    await fireEvent.input(weeks, { target: { value: '12' } });
    expect(last().handoutDefaults.reviewAfterWeeks).toBe(12);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(weeks.hasAttribute('aria-invalid')).toBe(false);
  });

  it('stops text at the length the settings allow', () => {
    setup();
    expect(screen.getByLabelText('Clinic name').getAttribute('maxlength')).toBe('200');
    expect(screen.getByLabelText('Address').getAttribute('maxlength')).toBe('500');
  });

  it('takes a PNG logo, hands it on as a data URL and previews it', async () => {
    const { last } = setup();
    expect(logoInput().getAttribute('accept')).toBe('image/png,image/jpeg');
    await choose(new File([TINY_PNG], 'logo.png', { type: 'image/png' }));
    await waitFor(() => expect(last().clinic.logoDataUrl).toBe(OLD_LOGO));
    expect(screen.getByRole('img', { name: 'Current clinic logo' }).getAttribute('src')).toBe(OLD_LOGO);
  });

  it('takes a JPEG even when the computer calls it something else', async () => {
    const { last } = setup();
    await choose(new File([JPEG_START], 'LOGO.JPG', { type: 'application/octet-stream' }));
    await waitFor(() => expect(last().clinic.logoDataUrl).toMatch(/^data:image\/jpeg;base64,/));
  });

  it('refuses a file that is not a picture, says so and keeps the logo it had', async () => {
    const { onchange } = setup(withLogo);
    await choose(new File(['Dear patient, …'], 'letter.png', { type: 'image/png' }));
    const message = await screen.findByRole('alert');
    expect(message.textContent).toBe('“letter.png” is not a PNG or JPEG picture. The logo was not changed.');
    expect(onchange).not.toHaveBeenCalled();
    expect(screen.getByRole('img', { name: 'Current clinic logo' }).getAttribute('src')).toBe(OLD_LOGO);
    expect(logoInput().getAttribute('aria-describedby')).toContain(message.id);
  });

  it('refuses a picture over 1 MB and keeps the logo it had', async () => {
    const { onchange } = setup(withLogo);
    const big = new Uint8Array(MAX_LOGO_BYTES + 200_000);
    big.set(TINY_PNG);
    await choose(new File([big], 'scan.png', { type: 'image/png' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/“scan\.png” is 1\.2 MB\. A logo can be up to 1 MB/);
    expect(onchange).not.toHaveBeenCalled();
    expect(screen.getByRole('img', { name: 'Current clinic logo' }).getAttribute('src')).toBe(OLD_LOGO);
  });

  it('clears the message once a good picture is chosen', async () => {
    const { onchange } = setup(withLogo);
    await choose(new File(['nope'], 'a.png'));
    await screen.findByRole('alert');
    await choose(new File([JPEG_START], 'b.jpg'));
    await waitFor(() => expect(onchange).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('removes the logo', async () => {
    const { last } = setup(withLogo);
    await fireEvent.click(screen.getByRole('button', { name: 'Remove logo' }));
    expect(last().clinic).toEqual({ ...withLogo.clinic, logoDataUrl: null });
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText('No logo yet.')).toBeTruthy();
  });

  it('shows new settings from the workbench (for example a theme chosen from the command palette)', async () => {
    const { view } = setup();
    await view.rerender({ settings: { ...DEFAULT_SETTINGS, theme: 'light', clinicianName: 'Alex' } });
    expect((screen.getByRole('radio', { name: 'Light' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Your name (printed on handouts)') as HTMLInputElement).value).toBe('Alex');
  });

  it('says where the data is kept, and that it stays on this computer', () => {
    setup();
    const section = screen.getByRole('region', { name: 'Where your data is kept' });
    expect(within(section).getByText('/home/physio/.config/Stride Atlas')).toBeTruthy();
    expect(section.textContent).toMatch(/only on this computer/);
  });
});
