export * from './auth';
export * from './clients';
export * from './system';
export * from './jobs';
export * from './training';
export * from './messages';
export * from './uploads';
export * from './notifications';
