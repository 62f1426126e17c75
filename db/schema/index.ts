export * from './organisation';
export * from './portfolio';
export * from './goals';
export * from './obligations';
export * from './reports';
