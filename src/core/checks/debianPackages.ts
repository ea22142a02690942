/**
 * Which Debian package provides a module a milestone `requires`, so that CI can install the
 * curriculum's third-party packages with apt into Debian's own Python (`/usr/bin/python3`).
 * Each name here was checked against Debian 12 (bookworm) with `apt-cache policy`.
 */
import type { Track } from '../curriculum/model';
import { milestonesOf } from '../curriculum/model';
import { parseRequirement, type Requirement } from '../python/probe';

/** Top-level import name → Debian package. */
export const DEBIAN_PACKAGES: Readonly<Record<string, string>> = {
  aiohttp: 'python3-aiohttp',
  anyio: 'python3-anyio',
  attr: 'python3-attr',
  attrs: 'python3-attr',
  bs4: 'python3-bs4',
  click: 'python3-click',
  cryptography: 'python3-cryptography',
  dateutil: 'python3-dateutil',
  django: 'python3-django',
  fakeredis: 'python3-fakeredis',
  fastapi: 'python3-fastapi',
  flask: 'python3-flask',
  httpx: 'python3-httpx',
  hypothesis: 'python3-hypothesis',
  jinja2: 'python3-jinja2',
  jwt: 'python3-jwt',
  lxml: 'python3-lxml',
  markdown: 'python3-markdown',
  matplotlib: 'python3-matplotlib',
  multipart: 'python3-multipart',
  mypy: 'python3-mypy',
  networkx: 'python3-networkx',
  numpy: 'python3-numpy',
  pandas: 'python3-pandas',
  PIL: 'python3-pil',
  psutil: 'python3-psutil',
  pydantic: 'python3-pydantic',
  pygments: 'python3-pygments',
  pytest: 'python3-pytest',
  pytest_asyncio: 'python3-pytest-asyncio',
  redis: 'python3-redis',
  requests: 'python3-requests',
  rich: 'python3-rich',
  scipy: 'python3-scipy',
  sklearn: 'python3-sklearn',
  sqlalchemy: 'python3-sqlalchemy',
  starlette: 'python3-starlette',
  sympy: 'python3-sympy',
  tabulate: 'python3-tabulate',
  tkinter: 'python3-tk',
  toml: 'python3-toml',
  tqdm: 'python3-tqdm',
  typer: 'python3-typer',
  uvicorn: 'python3-uvicorn',
  watchdog: 'python3-watchdog',
  websockets: 'python3-websockets',
  yaml: 'python3-yaml',
};

export interface DebianPackage {
  requirement: Requirement;
  /** The package to install. */
  name: string;
  /** True when the name is a guess (`python3-<install name>`) rather than one known above. */
  guessed: boolean;
}

export function debianPackageFor(requirement: Requirement): DebianPackage {
  const top = requirement.module.split('.')[0]!;
  const known = DEBIAN_PACKAGES[top];
  if (known) return { requirement, name: known, guessed: false };
  return { requirement, name: `python3-${requirement.installName.toLowerCase().replace(/_/g, '-')}`, guessed: true };
}

/** The Debian packages for every `requires` entry of the tracks' milestones, one per package, sorted. */
export function debianPackagesFor(tracks: readonly Track[]): DebianPackage[] {
  const byName = new Map<string, DebianPackage>();
  for (const milestone of tracks.flatMap(milestonesOf)) {
    if (milestone.kind !== 'code') continue;
    for (const entry of milestone.requires) {
      const found = debianPackageFor(parseRequirement(entry));
      if (!byName.has(found.name)) byName.set(found.name, found);
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
