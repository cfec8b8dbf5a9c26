import type { Browser, Page } from '@playwright/test';
import net from 'node:net';
import type { MappingRow } from '../../shared/domain/mapping.js';
import { startVirtuoso, virtuosoMissing, type VirtuosoServer } from '../support/virtuoso.js';
import { createProjectInUi, expect, startServer, test, type ServedApp } from './fixtures.js';
import { callApi, conceptUri, OUTCOMES, setUpMappingData } from './workbench-setup.js';

const GRAPH = 'https://example.org/mappings/data-literacy';

/** A second person on another machine: their own server, data folder, person and signed-in browser context. */
async function secondProfile(browser: Browser, person: string) {
  const { app, child } = await startServer([], person);
  const context = await browser.newContext();
  const signIn = await context.newPage();
  const exchanged = signIn.waitForResponse((response) => response.url().endsWith('/api/session'));
  await signIn.goto(app.openUrl);
  expect((await exchanged).status()).toBe(200);
  await signIn.close();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
  return { app, page, problems, close: async () => (await context.close(), child.kill('SIGTERM')) };
}

async function openTeamView(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team');
  await expect(page.locator('h1')).toHaveCount(1);
}

/** A peer that takes connections and never answers: a store hanging mid-request. */
async function stalledStore(): Promise<{ endpoint: string; close(): void }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}/sparql`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/** Fills "Link a remote" (digest auth) and checks the password is gone from the form afterwards. */
async function linkRemote(
  page: Page,
  virtuoso: Pick<VirtuosoServer, 'queryEndpoint' | 'updateEndpoint' | 'user'>,
  password: string,
  name = 'origin',
) {
  const form = page.getByRole('form', { name: 'Link a remote' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Query endpoint').fill(virtuoso.queryEndpoint);
  await form.getByLabel('Update endpoint').fill(virtuoso.updateEndpoint);
  await form.getByLabel('Graph IRI').fill(GRAPH);
  await form.getByLabel('Authentication').selectOption('digest');
  await form.getByLabel('User').fill(virtuoso.user);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Link remote' }).click();
  await expect(page.getByRole('article', { name: `Remote ${name}` })).toContainText(GRAPH);
  await expect(form.getByLabel('Password')).toHaveValue('');
}

async function sync(page: Page, action: 'Push' | 'Pull', outcome: RegExp) {
  const card = page.getByRole('article', { name: 'Remote origin' });
  await card.getByRole('button', { name: action, exact: true }).click();
  await expect(card.getByText(outcome)).toBeVisible({ timeout: 60_000 });
}

const statusOf = (page: Page) => page.getByRole('article', { name: 'Remote origin' }).getByTestId('team-status');

async function mappingOf(page: Page, served: ServedApp, key: string): Promise<MappingRow> {
  const { rows } = await callApi<{ rows: MappingRow[] }>(page, served, 'mappings-list', {});
  return rows.find((r) => r.sourceKey === key)!;
}

test('two profiles share a mapping set through a real Virtuoso in the Team view: push, pull, one conflict side by side, resolved', async ({
  page,
  served,
  browser,
}, testInfo) => {
  const missing = virtuosoMissing();
  testInfo.skip(missing !== null, missing ?? '');
  test.setTimeout(240_000);
  const virtuoso = await startVirtuoso();
  const second = await secondProfile(browser, 'Second Curator');
  try {
    // First profile: five mappings, linked (a wrong password first: the error names the endpoint and HTTP status), pushed.
    await page.goto(served.url);
    await createProjectInUi(page, 'Team A');
    const { itemIds, vocabularyId } = await setUpMappingData(page, served);
    await callApi(page, served, 'mappings-create', {
      mappings: OUTCOMES.map((o, i) => ({
        sourceItemId: itemIds[i]!,
        target: { uri: conceptUri(o.target), label: o.target, vocabularyId },
        relation: 'closeMatch',
        status: 'proposed',
      })),
    });
    await openTeamView(page);
    await expect(page.getByText(/No remote yet/)).toBeVisible();
    await linkRemote(page, virtuoso, 'not-the-password');
    expect(await page.content(), 'the password is never shown again').not.toContain('not-the-password');
    await expect(statusOf(page)).toHaveText('5 ahead · 0 behind · 0 conflict(s)');
    const card = page.getByRole('article', { name: 'Remote origin' });
    await card.getByRole('button', { name: 'Push', exact: true }).click();
    const error = card.getByRole('alert');
    await expect(error).toContainText('401', { timeout: 60_000 });
    await expect(error).toContainText(`127.0.0.1:${virtuoso.httpPort}`);
    await linkRemote(page, virtuoso, virtuoso.password);
    // Where this machine keeps the password (the served test app's data folder: the 0600 file).
    await expect(card).toContainText(
      `Passwords are kept in ${served.dataDir}/credentials.json (readable by you alone), never in the project file.`,
    );
    await sync(page, 'Push', /Pushed 5 mapping\(s\) and 5 item\(s\) to origin/);
    await expect(card.getByRole('alert')).toHaveCount(0);
    await expect(statusOf(page)).toHaveText('0 ahead · 0 behind · 0 conflict(s)');

    // Second profile: a new project, the same remote, pull: it sees the mappings.
    const other = second.page;
    await other.goto(second.app.url);
    await createProjectInUi(other, 'Team B');
    await openTeamView(other);
    await linkRemote(other, virtuoso, virtuoso.password);
    await sync(other, 'Pull', /Pulled from origin: 5 new/);
    await expect(statusOf(other)).toHaveText('0 ahead · 0 behind · 0 conflict(s)');
    expect((await callApi<{ rows: MappingRow[] }>(other, second.app, 'mappings-list', {})).rows.map((r) => r.sourceKey).sort()).toEqual(
      OUTCOMES.map((o) => o.key),
    );

    // Both change LO2's mapping (status and comment: the relation is part of a mapping's content id); the first pushes, the second pulls: one conflict, side by side.
    await callApi(page, served, 'mappings-update', {
      ids: [(await mappingOf(page, served, 'LO2')).id],
      patch: { status: 'accepted', comment: 'checked by the first curator' },
    });
    await callApi(other, second.app, 'mappings-update', {
      ids: [(await mappingOf(other, second.app, 'LO2')).id],
      patch: { status: 'rejected', comment: 'too broad, says the second curator' },
    });
    await expect(statusOf(page)).toHaveText('1 ahead · 0 behind · 0 conflict(s)');
    await sync(page, 'Push', /Pushed 5 mapping\(s\)/);
    await other.getByRole('button', { name: 'Refresh status' }).click();
    await expect(statusOf(other)).toHaveText('1 ahead · 1 behind · 0 conflict(s)');
    await sync(other, 'Pull', /1 conflict\(s\) to resolve/);
    const conflict = other.getByRole('article', { name: 'Conflict on LO2' });
    await expect(other.getByRole('article', { name: /^Conflict on/ })).toHaveCount(1);
    const sides = conflict.getByRole('table', { name: 'Mine and theirs for LO2' });
    await expect(sides.getByRole('row', { name: /^Relation/ })).toHaveText(/Relation\s*close match\s*close match/i);
    await expect(sides.getByRole('row', { name: /^Status/ })).toHaveText(/Status\s*rejected\s*accepted/);
    // The author is who made the mapping (the first curator); an edit does not change it.
    await expect(sides.getByRole('row', { name: /^Author/ })).toHaveText(/Author\s*E2E Curator\s*E2E Curator/);
    await expect(sides.getByRole('row', { name: /^Comment/ })).toHaveText(
      /Comment\s*too broad, says the second curator\s*checked by the first curator/,
    );
    await expect(sides.getByRole('row', { name: /^Date/ })).toContainText(/\d/);
    await expect(statusOf(other)).toContainText('1 conflict(s)');

    // A push waits for the conflict; keeping mine settles it, and the push lands.
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect(conflict).toHaveCount(0);
    await sync(other, 'Push', /Pushed 5 mapping\(s\)/);
    await expect(statusOf(other)).toHaveText('0 ahead · 0 behind · 0 conflict(s)');

    // The first profile pulls the resolution: both sides agree.
    await sync(page, 'Pull', /Pulled from origin: 0 new, 1 changed, 0 deleted/);
    await expect(statusOf(page)).toHaveText('0 ahead · 0 behind · 0 conflict(s)');
    const settled = await mappingOf(page, served, 'LO2');
    expect([settled.status, settled.comment]).toEqual(['rejected', 'too broad, says the second curator']);
    expect(second.problems, 'the second page logged errors').toEqual([]);

    // A store that never answers: Push shows its progress until Cancel stops it, in one line naming the endpoint.
    const stalled = await stalledStore();
    try {
      await linkRemote(page, { queryEndpoint: stalled.endpoint, updateEndpoint: stalled.endpoint, user: 'nobody' }, 'whatever', 'stalled');
      const stalledCard = page.getByRole('article', { name: 'Remote stalled' });
      await stalledCard.getByRole('button', { name: 'Push', exact: true }).click();
      await expect(stalledCard.getByRole('progressbar', { name: 'Pushing to stalled' })).toBeVisible();
      await expect(stalledCard.getByRole('button', { name: 'Pull', exact: true })).toBeDisabled();
      await stalledCard.getByRole('button', { name: 'Cancel' }).click();
      await expect(stalledCard.getByRole('alert')).toHaveText(`${stalled.endpoint}: cancelled`);
      await expect(stalledCard.getByRole('progressbar')).toHaveCount(0);
      await expect(stalledCard.getByRole('button', { name: 'Push', exact: true })).toBeEnabled();
      await expect(statusOf(page)).toHaveText('0 ahead · 0 behind · 0 conflict(s)');
    } finally {
      stalled.close();
    }
  } finally {
    await second.close();
    await virtuoso.dispose();
  }
});
