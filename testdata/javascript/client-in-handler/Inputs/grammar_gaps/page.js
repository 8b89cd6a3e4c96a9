// JSX in a .js file with an attribute named by a reserved word ('class',
// as Preact takes it; MUI's 'in'): the JavaScript grammar refuses it
// (tree-sitter-javascript issue 387), so the file is read as TSX.
import { S3Client } from "@aws-sdk/client-s3";

export const Page404 = ({ open }) => (
  <div>
    <div class="container divMiddle">404</div>
    <Collapse in={open}>more</Collapse>
  </div>
);

export const handler = async (event) => {
  const s3 = new S3Client({});
  return s3.send(event);
};
