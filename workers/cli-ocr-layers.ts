import { Option } from 'commander';
import type { OcrLayerMode } from '../pipeline/extract/ocr-layer-check.ts';

export interface OcrLayersFlag {
  ocrLayers: OcrLayerMode;
}

/** `--ocr-layers`, one spelling for run, extract and worker. */
export const ocrLayersOption = (): Option =>
  new Option('--ocr-layers <mode>', "an invisible OCR layer over a scan: keep it, check it against a fresh OCR reading and keep the better (the page's method_reason says which), or replace it")
    .choices(['keep', 'check', 'replace'])
    .default('check');
