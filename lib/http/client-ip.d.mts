export declare const CLIENT_IP_HEADER: string;
export declare function pickClientIp(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, trustedProxyCount: number): string | null;
export declare function trustedProxyCount(env?: Record<string, string | undefined>): number;
