/** The little of the ws package (a dependency of jsdom) that browser-profile-worker.ts uses. */
declare module 'ws' {
  /** A WebSocket client. */
  export default class WebSocket {
    constructor(url: string);
    once(event: 'open' | 'error', listener: (error?: Error) => void): this;
    on(event: 'message', listener: (data: Buffer | string) => void): this;
    send(data: string): void;
    close(): void;
  }
}
