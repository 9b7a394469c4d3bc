import { AppError } from "@/lib/errors";
import { removeControlCharacters } from "@/lib/validation";
import { MAX_REPORT_BYTES, type ReportFormatName } from "./report-input";

const EXTENSIONS: Record<string, ReportFormatName> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

export const ACCEPTED_EXTENSIONS = Object.keys(EXTENSIONS).map((ext) => `.${ext}`);

export function formatFromFileName(fileName: string): ReportFormatName {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const format = EXTENSIONS[ext];
  if (!format) {
    throw new AppError("unsupported_media_type", `"${fileName}" is not a supported type: upload ${ACCEPTED_EXTENSIONS.join(", ")} files.`);
  }
  return format;
}

/** Turns an uploaded file's bytes into text, refusing what is too big or not text at all. */
export function decodeUpload(fileName: string, bytes: Uint8Array): { text: string; format: ReportFormatName } {
  const format = formatFromFileName(fileName);
  if (bytes.byteLength > MAX_REPORT_BYTES) {
    throw new AppError("payload_too_large", `"${fileName}" is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is 2 MB.`);
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new AppError("unsupported_media_type", `"${fileName}" looks like a binary file, not text.`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("unsupported_media_type", `"${fileName}" is not UTF-8 text.`);
  }
  // A byte-order mark is encoding, not content; keeping it would shift every offset by one.
  // Control characters past the first 8 KB are not text either (PostgreSQL refuses NUL).
  return { text: removeControlCharacters(text.replace(/^\uFEFF/, "")), format };
}
