/**
 * Common given names in English-language news (English, European, Slavic, Asian romanised), used
 * to tell a person ("Rupert Hogg", "Günter Born") from an organisation in capitalised name
 * sequences. A name starting with one of these and ending without an organisation head is a
 * person. Lower-case-insensitive lookups; keep the list to names that are rarely company names.
 */
export const GIVEN_NAMES: readonly string[] = (
  'Aaron Adam Adrian Alan Albert Alex Alexander Alexandra Alexei Alexey Ali Alice Alison Amanda Amy Andrea Andreas ' +
  'Andrew Andrey Andrei Angela Anna Anne Anthony Anton Arseniy Arthur Barbara Ben Benjamin Bernard Bill Bob Boris ' +
  'Brad Brandon Brett Brian Bruce Bryan Carl Carlos Caroline Catherine Charles Charlie Chris Christian Christina ' +
  'Christine Christoph Christopher Claire Colin Craig Dan Daniel Darren David Dennis Derek Dmitry Dmitri Dominic ' +
  'Donald Doug Douglas Ed Edward Elena Elizabeth Emily Emma Eric Erik Eugene Evan Fabian Frank Fred Gary Gavin ' +
  'George Georg Gerald Graham Greg Gregory Günter Gunter Hakeem Hans Harry Heather Helen Henry Hugo Ian Igor Ivan ' +
  'Jack Jacob Jake James Jamie Jan Jane Jason Jeff Jeffrey Jennifer Jeremy Jessica Jim Joe Johan John Jonathan ' +
  'Jordan Jose Joseph Josh Joshua Juan Julia Julian Justin Karen Karl Kate Katie Keith Kelly Ken Kevin Kim Kyle ' +
  'Larry Laura Lauren Lee Leo Liam Linda Lisa Lucas Luke Marc Marcus Maria Mark Martin Mary Matt Matthew Max ' +
  'Michael Michelle Mike Mikhail Mohammed Muhammad Natalie Nathan Neil Nick Nicholas Nicole Nikolai Oleg Oliver ' +
  'Olga Oscar Owen Pablo Patrick Paul Pavel Peter Phil Philip Pierre Rachel Ralph Raymond Rebecca Richard Rick ' +
  'Rob Robert Roger Ronald Ross Rupert Ryan Sam Samuel Sarah Scott Sean Sebastian Sergei Sergey Simon Sophie ' +
  'Stefan Stephen Steve Steven Stuart Susan Thomas Tim Timothy Todd Tom Tony Tyler Victor Viktor Vincent Vladimir ' +
  'Walter Wayne William Xavier Yuri Zach Zachary Jaume Adam Hwang Kim Park Lee Chen Wang Zhang Liu Zhao Yang ' +
  'Emmanuel Vitali Vitaly Grigory Grigori Billy Vincas Anurag Katharine Volodymyr Vladislav Vyacheslav ' +
  'Nikita Natalia Tatiana Svetlana Yevgeny Evgeny Maxim Ruslan Denis Artem Kirill Roman Mikko Jens Lars Sven Klaus ' +
  'Jürgen Wolfgang Matthias Markus Bernd Dieter Giovanni Giuseppe Marco Luca Francesco Antonio Carlo Jean Francois ' +
  'François Louis Nicolas Olivier Philippe Rishi Narendra Amit Rahul Raj Sanjay Priya Hiroshi Takashi Kenji Yuki ' +
  'Satoshi Jun Hyun Seung Sung Bruno Diego Miguel Luis Javier Ahmed Omar Hassan Yossi Avi Moshe Tal Gil ' +
  'Brendan Conor Declan Dustin Chad Troy Kurt Brent Glenn Joel Marty Ted Ned Vic Ron Dave Andy Jon Ken Nate Troy ' +
  'Hillary Barack Theresa Nancy Elon Kamala Joanna Margaret ' +
  // More common given names of English-language news (researchers, officials, spokespeople quoted by name).
  'Stacey Stacy Melanie Lucy Debbie Deborah Dena Terence Terrence Terry Kathy Kathleen Katherine Kimberly Brenda ' +
  'Carol Carolyn Cheryl Cynthia Danielle Denise Diane Donna Dorothy Erin Gloria Janet Janice Jacqueline Jenna Joan ' +
  'Joyce Judith Judy Julie Kristen Kristin Lori Lynn Megan Melissa Monica Pamela Patricia Paula Ruth Sandra Sharon ' +
  'Sheila Shirley Stephanie Tammy Teresa Tina Tracy Valerie Vanessa Yvonne Gabriela Eva Aidan Allen Andre Barry ' +
  'Bobby Bradley Calvin Cameron Clarence Clifford Cody Curtis Dale Danny Darryl Duane Dwight Edwin Elliot Ernest ' +
  'Gabriel Gilbert Harold Howard Isaac Jared Jerome Jerry Jesse Jonah Kenneth Lawrence Leon Leonard Manuel Marvin ' +
  'Maurice Melvin Mitchell Neal Pete Randall Randy Reginald Rodney Shane Shaun Travis Trevor Vernon Wade Wesley ' +
  'Vishal Rohit Ravi Sunil Vijay Deepak Arun Ajay Anil Suresh Ramesh Manish Nikhil Pooja Neha Anita Kiran Ashok ' +
  'Prakash Rajesh Mahesh Dinesh Arjun Karthik Sandeep Alejandro Fernando Ricardo Eduardo Sergio Rafael Jorge Pedro Alberto'
).split(' ');
