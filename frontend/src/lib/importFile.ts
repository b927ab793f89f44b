// Reading a scenario import file before it is sent.

export interface Preview {
  docs: unknown[];
  note: string;
}

/** Reads an import file: an array of documents (a single document is wrapped). */
export function parseImport(text: string): Preview {
  const data: unknown = JSON.parse(text);
  if (Array.isArray(data)) return { docs: data, note: '' };
  if (data && typeof data === 'object')
    return { docs: [data], note: 'The file holds one document; it will be imported as a list of one.' };
  throw new Error('The file must hold a JSON array of scenario documents.');
}
