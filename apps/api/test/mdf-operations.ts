/** The MDF operations as the tests send them (src/modules/mdf/*.test.ts). */
export const MDF = {
  createFund: `mutation($input: CreateMdfFundInput!) { createMdfFund(input: $input) { fund { id currency totalBudget { amount } allocated { amount } unallocated { amount } } } }`,
  allocate: `mutation($input: AllocateMdfInput!) { allocateMdf(input: $input) { allocation { id amount { amount } approved { amount } available { amount } } } }`,
  request: `mutation($input: RequestMdfInput!) { requestMdf(input: $input) { request { id number status requested { amount } approved { amount } } } }`,
  approve: `mutation($id: ID!, $amount: String) { approveMdfRequest(input: { requestId: $id, amount: $amount }) { request { id status approved { amount } } } }`,
  reject: `mutation($id: ID!, $reason: String!) { rejectMdfRequest(input: { requestId: $id, reason: $reason }) { request { id status decisionReason } } }`,
  askChanges: `mutation($id: ID!, $reason: String!) { askMdfRequestChanges(input: { requestId: $id, reason: $reason }) { request { id status decisionReason } } }`,
  resubmit: `mutation($id: ID!, $requested: String) { resubmitMdfRequest(input: { requestId: $id, requested: $requested }) { request { id status requested { amount } } } }`,
  close: `mutation($id: ID!) { closeMdfRequest(input: { requestId: $id }) { request { id status approved { amount } claimed { amount } } } }`,
  createClaim: `mutation($input: CreateMdfClaimInput!) { createMdfClaim(input: $input) { claim { id number status amount { amount } } } }`,
  addFile: `mutation($id: ID!, $name: String!, $content: String!) { addMdfClaimFile(input: { claimId: $id, fileName: $name, contentBase64: $content }) { file { id fileName contentType byteSize url } } }`,
  submitClaim: `mutation($id: ID!) { submitMdfClaim(input: { claimId: $id }) { claim { id status } } }`,
  approveClaim: `mutation($id: ID!, $amount: String) { approveMdfClaim(input: { claimId: $id, amount: $amount }) { claim { id status approved { amount } } } }`,
  rejectClaim: `mutation($id: ID!, $reason: String!) { rejectMdfClaim(input: { claimId: $id, reason: $reason }) { claim { id status } } }`,
  pay: `mutation($id: ID!, $key: String!) { payMdfClaim(input: { claimId: $id, method: TRANSFER, reference: "TR-0001", idempotencyKey: $key }) { claim { id status paymentMethod paymentReference } } }`,
  expire: `mutation($id: ID!) { expireMdfFund(input: { fundId: $id }) { fund { id expiredAt allocated { amount } unallocated { amount } } } }`,
  check: `query($id: ID!) { mdfLedgerCheck(id: $id) }`,
};

/** A small PDF as base64: proof of performance as the claim forms send it. */
export const PROOF_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n').toString('base64');
