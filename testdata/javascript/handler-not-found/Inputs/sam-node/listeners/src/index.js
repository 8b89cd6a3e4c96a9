// What Lambda loads for the directory src/ (handler 'src/.s3listener').
exports.s3listener = async (event) => ({ records: event.Records.length });
exports.sqslistener = async (event) => ({ records: event.Records.length });
