exports.process = (event, context, callback) => {
  callback(null, { statusCode: 200 });
};
