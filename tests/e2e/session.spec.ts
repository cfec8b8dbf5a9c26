import { expect, test } from './fixtures.js';

test('the printed URL signs in one browser: the cookie is HttpOnly and SameSite=Strict, and a second use of the code gets none', async ({
  browser,
  context,
  page,
  served,
}) => {
  // The fixture opened the printed URL in this context; its page exchanged the code for the cookie.
  const cookies = await context.cookies(served.url);
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  await page.goto(served.url);
  await expect(page.getByRole('button', { name: 'New project…' })).toBeVisible();
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.content()).not.toContain(cookies[0]!.value);

  const other = await browser.newContext();
  try {
    const stranger = await other.newPage();
    const exchanged = stranger.waitForResponse((response) => response.url().endsWith('/api/session'));
    await stranger.goto(served.openUrl);
    expect((await exchanged).status()).toBe(401);
    // The code leaves the address bar either way.
    await expect.poll(() => stranger.url()).toBe(served.url);
    expect(await other.cookies()).toEqual([]);
    const status = await stranger.evaluate(
      async () =>
        (await fetch('/api/projects-current', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status,
    );
    expect(status).toBe(401);
  } finally {
    await other.close();
  }
});
