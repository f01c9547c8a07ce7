import type { Actor, ActorInput, ActorKind } from '../../common/model';
import { newId } from '../articles/metadata';
import { libraryError } from '../errors';
import { DocFile, type WarningSink } from '../storage/doc-file';
import { ACTORS_FILE, actorsKind, type ActorsFile } from '../storage/schema';

const KINDS: ActorKind[] = ['person', 'state', 'organisation', 'military', 'media', 'other'];
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The actor registry: one small file, read once when the library opens. */
export class ActorStore {
  private constructor(private readonly file: DocFile<ActorsFile>) {}

  static async open(root: string, warn: WarningSink): Promise<ActorStore> {
    return new ActorStore(await DocFile.open(root, ACTORS_FILE, actorsKind, warn));
  }

  /** Live actors (or the trash), by name. */
  list(trash = false): Actor[] {
    return this.file.data.actors
      .filter((a) => Boolean(a.deletedAt) === trash && !a.mergedInto)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  get(id: string): Actor {
    const actor = this.file.data.actors.find((a) => a.id === id);
    if (!actor) throw libraryError('not-found', 'That actor is no longer in the registry.');
    return actor;
  }

  /** Finds a live actor by exact name or alias, ignoring case. */
  findByName(name: string): Actor | undefined {
    const wanted = clean(name).toLowerCase();
    return this.list().find((a) => a.name.toLowerCase() === wanted || a.aliases.some((x) => x.toLowerCase() === wanted));
  }

  private normalise(input: Partial<ActorInput>, current?: Actor): Partial<Actor> {
    const out: Partial<Actor> = {};
    if (input.name !== undefined) {
      out.name = clean(input.name);
      if (!out.name) throw libraryError('bad-name', 'An actor needs a name.');
      const clash = this.findByName(out.name);
      if (clash && clash.id !== current?.id) {
        throw libraryError('duplicate-actor', `"${out.name}" is already in the registry as ${clash.name}. Merge them instead.`);
      }
    }
    if (input.kind !== undefined) {
      if (!KINDS.includes(input.kind)) throw libraryError('bad-kind', `Unknown kind of actor: ${input.kind}.`);
      out.kind = input.kind;
    }
    if (input.aliases !== undefined) {
      const name = (out.name ?? current?.name ?? '').toLowerCase();
      out.aliases = [...new Set(input.aliases.map(clean).filter((a) => a && a.toLowerCase() !== name))];
    }
    if (input.role !== undefined) out.role = clean(input.role);
    if (input.description !== undefined) out.description = input.description.trim();
    if (input.affiliationId !== undefined) {
      if (input.affiliationId !== null) {
        this.get(input.affiliationId);
        if (current && this.affiliationChain(input.affiliationId).includes(current.id)) {
          throw libraryError('affiliation-loop', 'An actor cannot be affiliated with itself, even through others.');
        }
      }
      out.affiliationId = input.affiliationId;
    }
    return out;
  }

  private affiliationChain(id: string | null): string[] {
    const chain: string[] = [];
    while (id && !chain.includes(id)) {
      chain.push(id);
      id = this.file.data.actors.find((a) => a.id === id)?.affiliationId ?? null;
    }
    return chain;
  }

  async create(input: ActorInput, now: string): Promise<Actor> {
    const actor: Actor = {
      id: newId(),
      name: '',
      kind: 'person',
      aliases: [],
      role: '',
      affiliationId: null,
      description: '',
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      mergedInto: null,
      ...this.normalise(input),
    };
    await this.file.change((d) => d.actors.push(actor));
    return actor;
  }

  async update(id: string, patch: Partial<ActorInput>, now: string): Promise<Actor> {
    const current = this.get(id);
    const next: Actor = { ...current, ...this.normalise(patch, current), updatedAt: now };
    await this.replace([next]);
    return next;
  }

  /** Saves changed actors in one write. */
  async replace(actors: Actor[]): Promise<void> {
    await this.file.change((d) => {
      for (const actor of actors) {
        const at = d.actors.findIndex((a) => a.id === actor.id);
        if (at >= 0) d.actors[at] = actor;
        else d.actors.push(actor);
      }
    });
  }

  all(): Actor[] {
    return this.file.data.actors;
  }

  flush(): Promise<void> {
    return this.file.flush();
  }
}
