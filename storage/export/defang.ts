/**
 * Defanged indicators (`hxxps://evil[.]example/x`, `10.0.0[.]1`, `a[@]b[.]c`): shown in notes and
 * spreadsheets they cannot be clicked or resolved by accident. Hashes stay as they are.
 */

/** The defanged form of an indicator `value` of `type` (the engine's attrs.type). */
export function defangIndicator(value: string, type: string | undefined): string {
  switch (type) {
    case 'url':
      return value.replace(/^http/i, (scheme) => (scheme === 'HTTP' ? 'HXXP' : 'hxxp')).replace(/^([a-z][a-z0-9+.-]*:\/\/)?([^/?#]*)/i, (_, scheme = '', host: string) => scheme + dotsBracketed(host));
    case 'domain':
      return dotsBracketed(value);
    case 'ipv4':
      return value.replace(/\.(?=\d+$)/, '[.]');
    case 'ipv6':
      return value.replace(/:(?=[^:]*$)/, '[:]');
    case 'email':
      return value.replace('@', '[@]').replace(/\.(?=[^.]*$)/, '[.]');
    default:
      return value;
  }
}

function dotsBracketed(host: string): string {
  return host.replace(/\./g, '[.]');
}
