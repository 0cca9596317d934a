export declare const MIN_COMPRESSIBLE_BYTES: number;
export declare const PRECOMPRESSED_EXTENSIONS: string[];
export declare function isCompressibleType(contentType: string | null | undefined): boolean;
export declare function chooseEncoding(acceptEncoding: string | null | undefined): "br" | "gzip" | null;
export declare function withAcceptEncodingVary(current: string | null | undefined): string;
