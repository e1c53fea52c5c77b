import { join } from 'node:path';

/**
 * The labelled development photos: $PHOTOLINT_DEV_SET, else `../shared/data/portraits-dev`
 * beside the repository (where CI and every session find it). Its photos are read from there,
 * never copied into the project.
 */
export const DEV_SET_DIR = process.env.PHOTOLINT_DEV_SET ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'portraits-dev');
