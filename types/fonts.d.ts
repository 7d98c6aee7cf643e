// A font file imported by a module is its URL in the build (as react-dsfr imports the DSFR's).
declare module "*.woff2" {
  const url: string;
  export default url;
}
