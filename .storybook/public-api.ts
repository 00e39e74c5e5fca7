// The custom-elements manifest lists every member, private ones included, and each reflected
// property twice (as property and as attribute). Controls should offer what a portal
// developer can set: public instance fields, once each, under their property names (the
// web-components renderer assigns args as properties).
type Member = { kind?: string; name?: string; privacy?: string; static?: boolean; readonly?: boolean };
type Declaration = { tagName?: string; members?: Member[]; attributes?: unknown[] };
type Manifest = { modules?: Array<{ declarations?: Declaration[] }> };

const settable = (member: Member) =>
  member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public' && !member.name?.startsWith('#');

export function publicApi(json: unknown): Manifest {
  const manifest = json as Manifest;
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName ? { ...declaration, members: declaration.members?.filter(settable), attributes: [] } : declaration,
      ),
    })),
  };
}
